from dateutil import parser, relativedelta
import datetime
d = parser.parse("2024-02-29 13:45")
print(d, d + relativedelta.relativedelta(years=1, months=1))
print(relativedelta.relativedelta(datetime.date(2026, 12, 6), datetime.date(2000, 1, 1)))

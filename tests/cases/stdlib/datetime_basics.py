# datetime: construction, arithmetic, formatting and parsing, with
# CPython's str/repr and error messages.
import datetime as d

from datetime import date, datetime, time, timedelta, timezone

ist = timezone(timedelta(hours=5, minutes=30), "IST")

for expr in ['d.date(2020,1,1.5)', 'd.date(0,1,1)', 'd.date(2020,13,1)', 'd.date(2020,2,30)',
             'd.date("2020",1,1)', 'd.time(24)', 'd.time(1,60)', 'd.time(1,1,60)', 'd.time(1,1,1,10**6)',
             'd.time(fold=2)', 'd.time(tzinfo=1)', 'd.timedelta(days=10**9)', 'd.timedelta("1")',
             'd.timezone(d.timedelta(hours=24))', 'd.timezone(5)', 'd.date(2020,1,1) < d.datetime(2020,1,1)',
             'd.datetime(2020,1,1) < d.datetime(2020,1,1,tzinfo=d.timezone.utc)',
             'd.datetime(2020,1,1) - d.datetime(2020,1,1,tzinfo=d.timezone.utc)', 'd.date(2020,1,1) + 1',
             'd.datetime.fromisoformat("2020-01-0")', 'd.date.fromisoformat(5)', 'd.timedelta(1) / 0',
             'd.timedelta(1) // 0', 'd.datetime.max + d.timedelta(1)', 'd.date(1,1,1) - d.timedelta(1)',
             'd.tzinfo().utcoffset(None)', 'd.datetime(2020,1,1) == d.date(2020,1,1)', 'd.timedelta(1) < 5',
             'd.date(2020,1,1) == d.date(2020,1,1)', 'd.datetime(2020,1,1) == d.datetime(2020,1,1,tzinfo=d.timezone.utc)']:
    try:
        print(expr, repr(eval(expr)))
    except Exception as x:
        print(expr, '!!', type(x).__name__, x)

print(repr(timedelta(0)), repr(timedelta(days=-1, seconds=5, microseconds=7)), str(timedelta(days=-1, seconds=5, microseconds=7)))
print(timedelta(days=2), timedelta(hours=1.5, minutes=0.1, microseconds=0.5), timedelta(microseconds=1.5),
      timedelta(microseconds=2.5), timedelta(seconds=0.1234565), timedelta(days=1e-7), timedelta(weeks=1, days=-0.3))
print(repr(timezone.utc), repr(timezone(timedelta(hours=1))), repr(timezone(timedelta(hours=-1, seconds=5), 'X')),
      str(timezone(timedelta(hours=-1, seconds=5, microseconds=3))), str(timezone(timedelta(0))), timezone.min, timezone.max)
print(date(2020, 1, 2).isocalendar(), date(2021, 1, 2).isocalendar().week, tuple(date(2024, 12, 30).isocalendar()))
print(datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=timezone(timedelta(hours=5, minutes=30))), repr(datetime(2020, 1, 2)),
      repr(datetime(2020, 1, 2, 3, 4, 0, 5)), repr(time(1, 2, tzinfo=timezone.utc, fold=1)), repr(time(0, 0, 5)))
print(datetime(2020, 1, 2).timetuple(), datetime(2020, 1, 2, tzinfo=timezone.utc).timetuple().tm_isdst)
print(date.resolution, datetime.min, datetime.max, repr(timedelta.max), repr(timedelta.min), time.max, date.min, date.max)
print(datetime(2020, 5, 17, 13, 4, 5, 123).strftime('%Y-%m-%d %H:%M:%S.%f %z|%Z|%a %j %U %W %G-%V-%u %%'),
      datetime(2020, 5, 17, tzinfo=timezone.utc).strftime('%z %Z'), format(date(2020, 1, 1)), '{:%d/%m}'.format(date(2020, 3, 4)),
      f"{datetime(2021, 12, 31, 23, 59):%c}", time(13, 5).strftime("%I:%M %p"), date(987, 6, 5).strftime("%Y %y %C"))
print(datetime.fromisoformat('2020-01-02T03:04:05.123+05:30'), datetime.fromisoformat('2020-01-02'),
      date.fromisoformat('20200102'), datetime.fromisoformat('2020-W01-3 10:00'), time.fromisoformat('10:11'),
      datetime.fromisoformat('2020-01-02 03:04:05Z'), datetime.fromisoformat('2020-01-02T03:04:05,5-01:30'),
      time.fromisoformat('T101112.75'), date.fromisoformat('2021-W52-7'), date.fromisocalendar(2020, 53, 5))
print(datetime(2020, 1, 1, 12).isoformat(timespec='milliseconds'), time(1, 2, 3, 456789).isoformat('minutes'),
      datetime(2020, 1, 1, 1, 2).isoformat(' ', 'hours'), datetime(2020, 1, 1, tzinfo=ist).timestamp(), datetime.fromtimestamp(1e9, ist),
      datetime.utcfromtimestamp(1.5), datetime.fromtimestamp(1e9, timezone.utc), datetime(2020, 1, 1).ctime(),
      date(2020, 1, 1).ctime(), datetime.utcfromtimestamp(-1.25), datetime.fromtimestamp(0.9999996, timezone.utc))
td = timedelta(1)
print(td / timedelta(hours=5), td / 7, td * 0.3, td // timedelta(hours=5), td % timedelta(hours=5),
      divmod(td, timedelta(hours=7)), -timedelta(hours=1), abs(timedelta(-1)), td / 3.3, timedelta(seconds=5) // 2,
      2 * td, td * -1.5, timedelta(microseconds=-1) / 2, timedelta(microseconds=3) / 2, timedelta(microseconds=5) * 0.5)
print(td.total_seconds(), timedelta(microseconds=-1).total_seconds(), timedelta.max.total_seconds(), bool(timedelta()),
      td == timedelta(hours=24), td > timedelta(hours=23), hash(td) == hash(timedelta(seconds=86400)), td.days, td.seconds)

a = datetime(2024, 2, 28, 22, 30)
b = a + timedelta(hours=3, minutes=45)
print(b, b - a, a - b, b - timedelta(days=60), b.date(), b.time(), b.weekday(), b.isoweekday(), b.toordinal())
print(date(2024, 3, 1) - date(2023, 3, 1), date(2000, 2, 28) + timedelta(days=1), date.fromordinal(738000),
      date(2020, 5, 5).replace(day=31), datetime(2020, 1, 31).replace(month=4, day=30, hour=5))
ist = timezone(timedelta(hours=5, minutes=30), "IST")
x = datetime(2021, 6, 1, 12, tzinfo=timezone.utc)
y = x.astimezone(ist)
print(y, y.tzname(), y.utcoffset(), y.dst(), x == y, y - x, hash(x) == hash(y), y.astimezone(timezone.utc))
print(datetime.combine(date(2020, 1, 1), time(5, 6, tzinfo=ist)), datetime(2020, 1, 1, tzinfo=ist).timestamp(),
      sorted([date(2020, 1, 3), date(2019, 5, 6), date(2020, 1, 1)]), time(1) < time(2), max(time(5), time(4, 59)))


class MyDate(date):
    pass


print(repr(MyDate(2020, 1, 1)), type(MyDate(2020, 1, 1) + timedelta(1)).__name__, repr(timedelta(hours=-1)))
start = datetime.utcnow()
elapsed = (datetime.utcnow() - start).total_seconds()
print(type(elapsed).__name__, elapsed >= 0, type(datetime.now()).__name__, date.today() == datetime.now().date())

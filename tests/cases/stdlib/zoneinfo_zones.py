from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
from datetime import datetime, timedelta, timezone
import zoneinfo
for key in ["Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC", "Europe/London", "America/Sao_Paulo", "Pacific/Chatham"]:
    z = ZoneInfo(key)
    for dt in [datetime(1960, 6, 1, 12), datetime(2000, 1, 1, 12), datetime(2026, 3, 29, 2, 30), datetime(2026, 10, 25, 2, 30), datetime(2026, 10, 25, 2, 30, fold=1),
               datetime(2026, 3, 8, 2, 30), datetime(2026, 11, 1, 1, 30), datetime(2026, 11, 1, 1, 30, fold=1), datetime(2045, 7, 1, 12), datetime(2045, 1, 1, 12), datetime(2100, 10, 31, 1, 30)]:
        a = dt.replace(tzinfo=z)
        print(key, dt, dt.fold, a.utcoffset(), a.dst(), a.tzname())
    for u in [datetime(2026, 10, 25, 0, 30), datetime(2026, 10, 25, 1, 30), datetime(2026, 11, 1, 5, 30), datetime(2026, 11, 1, 6, 30), datetime(2046, 11, 4, 5, 30), datetime(2046, 11, 4, 6, 30), datetime(2026, 4, 5, 15, 30), datetime(2026, 4, 5, 16, 30)]:
        loc = u.replace(tzinfo=timezone.utc).astimezone(z)
        print(" ", u, loc, loc.fold, loc.tzname())
print(ZoneInfo("Europe/Paris") is ZoneInfo("Europe/Paris"), repr(ZoneInfo("Europe/Paris")), str(ZoneInfo("UTC")))
try: ZoneInfo("Nowhere/City")
except ZoneInfoNotFoundError as e: print("ZoneInfoNotFoundError", e)
try: ZoneInfo("/etc/passwd")
except ValueError as e: print("ValueError", e)
print(ZoneInfo.no_cache("Europe/Paris") is ZoneInfo("Europe/Paris"), "Europe/Paris" in zoneinfo.available_timezones(), len(zoneinfo.TZPATH) > 0)

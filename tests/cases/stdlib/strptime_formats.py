# time.strptime and datetime.strptime: directives, defaults, ISO weeks, offsets, errors.
import time, datetime
tests = [("Dec  7 17:23:06 2026 GMT", "%b %d %H:%M:%S %Y GMT"), ("2024-02-29 13:05", "%Y-%m-%d %H:%M"),
 ("Monday 3 January 2022", "%A %d %B %Y"), ("12:30:45 PM", "%I:%M:%S %p"), ("2021 52 0", "%Y %U %w"), ("2021 1 1","%Y %W %w"),
 ("2020-W53-7", "%G-W%V-%u"), ("100", "%j"), ("29 Feb", "%d %b"), ("1999-12-31T23:59:59.123+0530", "%Y-%m-%dT%H:%M:%S.%f%z"),
 ("2020-01-01Z", "%Y-%m-%d%z"), ("Thu Jan  1 00:00:00 1970", "%c"), ("01/02/03", "%x"), ("10%", "%d%%"),
 ("2020", "%Y x"), ("2020 extra", "%Y"), ("1", "%Q"), ("1", "%"), ("-05:30", "%z"), ("69", "%y"), ("68", "%y")]
for s, f in tests:
    try: print(tuple(time.strptime(s, f)))
    except Exception as e: print(type(e).__name__, e)
    try: print(repr(datetime.datetime.strptime(s, f)))
    except Exception as e: print(type(e).__name__, e)
try: time.strptime(1, "%Y")
except Exception as e: print(type(e).__name__, e)
print(time.strptime("Mon Jan  1 00:00:00 1900"))

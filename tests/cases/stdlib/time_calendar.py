# time: broken-down UTC times and strftime on explicit tuples.
import time

for ts in [0, -1, 86399, 951782400, 1e9, 4102444800, -2208988800, 1.5, -1.5, 1700000000]:
    t = time.gmtime(ts)
    print(t, time.strftime("%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %% %G %V %u %e %C %D %T %R %h", t))
t = time.gmtime(0)
print(len(t), t[0], t.tm_year, t[-1], tuple(t[:3]), time.asctime(t), time.asctime((2021, 3, 4, 5, 6, 7, 3, 63, 0)))
print(time.strftime("%Y-%m-%d", (2020, 1, 2, 3, 4, 5, 0, 0, -1)), time.strftime("%j|%m|%d", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.localtime()[0] >= 2024, time.monotonic() >= 0)
for args in [(2020, 13, 2, 3, 4, 5, 0, 0, -1), (2020, 1, 32, 0, 0, 0, 0, 0, 0), (2020, 1, 1, 24, 0, 0, 0, 0, 0),
             (2020, 1, 1, 0, 60, 0, 0, 0, 0), (2020, 1, 1, 0, 0, 62, 0, 0, 0), (2020, 1, 1, 0, 0, 0, -1, 0, 0),
             (2020, 1, 1, 0, 0, 0, 0, 367, 0), (1, 2), "x"]:
    try:
        print(time.strftime("%Y", args))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [1e20, float("nan"), "x"]:
    try:
        time.gmtime(bad)
    except Exception as e:
        print(type(e).__name__, e)

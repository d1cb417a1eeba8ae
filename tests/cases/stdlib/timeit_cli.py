# timeit: Timer, timeit(), repeat(), autorange, and the command line
# (timeit.main, as `-m timeit` runs it) with a fake clock so that the
# report is the same on every run.
import timeit


def fake_clock(steps):
    def wrap(real_timer):
        state = {"t": 0.0, "i": 0}

        def timer():
            state["t"] += steps[state["i"] % len(steps)]
            state["i"] += 1
            return state["t"]
        return timer
    return wrap


for args, steps in [(["-n", "100", "x = 1"], [0.002]),
                    (["-s", "y = 3", "y * 2"], [0.25]),
                    (["-v", "-n", "10", "-r", "3", "pass"], [0.0005]),
                    (["-v", "-v", "-u", "usec", "-n", "1000", "pass"], [0.0123456]),
                    (["-n", "1", "-r", "2", "pass"], [0.1, 0.1, 0.5, 0.5]),
                    (["-u", "parsec", "pass"], [0.1]),
                    (["--bogus"], [0.1]),
                    ]:
    print(args, "->", timeit.main(args, _wrap_timer=fake_clock(steps)))

t = timeit.Timer("total = sum(range(n))", setup="n = 10")
print(t.timeit(number=3) >= 0, len(t.repeat(repeat=4, number=2)))
print(timeit.Timer(lambda: None).autorange(lambda n, s: None)[0] >= 1)
print(timeit.timeit("pass", number=0) >= 0, timeit.repeat("pass", repeat=2, number=1).__class__.__name__)
ns = {"data": [3, 1, 2]}
print(timeit.timeit("sorted(data)", number=5, globals=ns) > 0)
for bad in [("(", "pass"), ("pass", 5)]:
    try:
        timeit.Timer(*bad)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__)
print(timeit.Timer("x", "x = 1").src)

vals = [0, 1, -1, 42, -42, 255, 3.14159, -2.5, 1e10, 1.5e-7, float("inf")]
for fmt in ["%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%o", "%#o", "%e", "%E", "%f",
            "%.2f", "%10.3f", "%g", "%G", "%.3g", "%s", "%r", "%c"]:
    out = []
    for v in vals:
        try:
            out.append(fmt % v)
        except (TypeError, ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(fmt, out)
print("%s and %s" % ("a", "b"), "%(x)s-%(y)d" % {"x": "X", "y": 7}, "%%", "%5s|%-5s|" % ("ab", "cd"), "%.1s" % "xyz")
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%c%c" % (65, "B"), "%s" % [1, 2], "%s" % (1,), "%r" % "q", "%a" % "é")
for bad in [("%d", "s"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", 1114112)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)

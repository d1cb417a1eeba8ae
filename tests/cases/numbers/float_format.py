vals = [0.0, 1.0, -1.5, 3.14159265, 1234567.891, 1e-7, 1e22, 0.000123456, 123456789.0, 2.5, float("inf"), float("nan")]
specs = ["", "f", ".0f", ".2f", "10.3f", "<12.2f", "^12.1f", "+.3f", " .2f", "e", ".3e", "E", "g", ".3g", "G",
         ".10g", "%", ".1%", ",.2f", "_.1f", "012.3f", "#.0f", "#g", "n", ".2", "=+12.2f", "*^15.4g", ",", "r" if False else "a"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append("ERR " + str(e))
    print(" | ".join(out))
print("%f %.3f %e %g %10.2f %-10.2f| %+d %05d %x %X %o %c %r %s %%" % (1.5, 2.0, 12345.678, 0.0001, 3.14159, 2.5,
      5, 42, 255, 255, 8, 65, "r", "s"))
print("%(a)s %(b)05.1f" % {"a": "x", "b": 2.25})
print("%.3s|%5s|%-5s|%*d|%.*f" % ("abcdef", "ab", "ab", 4, 7, 2, 3.14159))
print("{:.3}".format(3.14159), "{:.3}".format(1234.5), "{}".format(1e16), "{:g}".format(1e16), str(1e16))

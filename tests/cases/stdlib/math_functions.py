# Every math function on ordinary, edge and error inputs; results printed
# with repr so each bit shows.
import math

values = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 3.7, -2.5, 1e-300, 1e300, 100.0,
          710.0, -745.5, 0.1, 7, -3, 10**20, math.inf, -math.inf, math.nan]
one = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil",
       "cos", "cosh", "degrees", "erf", "erfc", "exp", "exp2", "expm1",
       "fabs", "floor", "frexp", "gamma", "isfinite", "isinf", "isnan",
       "lgamma", "log", "log10", "log1p", "log2", "modf", "radians", "sin",
       "sinh", "sqrt", "tan", "tanh", "trunc", "ulp"]
for name in one:
    f = getattr(math, name)
    out = []
    for v in values:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))

pairs = [(2.0, 3.0), (-1.0, 0.5), (0.0, -1.0), (10.0, 400.0), (5.5, 2.0),
         (-7.25, 3.0), (1.0, 0.0), (math.inf, 2.0), (2.0, math.inf),
         (math.nan, 1.0), (1e308, 10.0), (-0.0, 2.0), (7, -2)]
for name in ["atan2", "copysign", "fmod", "pow", "remainder", "nextafter",
             "hypot", "log", "ldexp", "isclose"]:
    f = getattr(math, name)
    out = []
    for x, y in pairs:
        if name == "ldexp":
            y = int(y) if math.isfinite(y) else 3
        try:
            out.append(repr(f(x, y)))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))

# Gamma and lgamma across their range, fsum and hypot on awkward inputs.
xs = [i / 7 for i in range(-60, 400)]
print(sum(hash(math.gamma(x)) for x in xs if x != int(x) or x > 0) % 1000003)
print([math.gamma(x) for x in (0.5, 1.5, 10.1, 171.5, -0.5, -10.3, 1e-25, 150.3)])
print([math.lgamma(x) for x in (0.5, 1.5, 10.1, 171.5, -0.5, -10.3, 1e-25, 3e5)])
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1, 2**53, -0.5]), math.fsum(i / 3 for i in range(1000)), math.fsum([]))
print(math.hypot(3, 4), math.hypot(*range(10)), math.hypot(1e-310, 3e-310), math.hypot(1e308, 1e308, 1e308))
print(math.hypot(), math.hypot(-2.5), math.dist((1, 2, 3), (4, 6, 8)), math.dist([0.1, 0.2], [0.3, 0.7]))
print(sum(math.hypot(i / 3, i / 7, 1 / (i + 1)).hex() != "" and hash(math.hypot(i / 3, i / 7, 1 / (i + 1))) for i in range(500)) % 1000003)

# Integer functions.
print(math.factorial(0), math.factorial(20), len(str(math.factorial(1000))))
print(math.comb(10, 3), math.comb(100, 50), math.comb(5, 7), math.perm(10, 3), math.perm(6), math.perm(4, 9))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**41), math.gcd(12, 18, -27), math.gcd(), math.lcm(4, 6, 10), math.lcm())
print(math.prod([1, 2, 3, 4]), math.prod([0.5, 4]), math.prod([], start=7), math.prod(["ab", 3]))
print(math.log(10**400), math.log2(2**2000 + 1), math.log10(10**500), math.log(2**1030, 2), math.log(8, 2))
print(math.ceil(2.1), math.floor(-2.1), math.trunc(-2.9), math.ceil(10**30), math.floor(True), type(math.ceil(4.0)))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)

class Meters:
    def __float__(self):
        return 2.25
    def __ceil__(self):
        return "ceil called"

print(math.sqrt(Meters()), math.ceil(Meters()), math.floor(Meters()))

for expr in ["math.sqrt('1')", "math.sqrt(None)", "math.factorial(-1)", "math.factorial(1.5)",
             "math.factorial(10**20)", "math.comb(-1, 2)", "math.comb(5, -1)", "math.isqrt(-1)",
             "math.log(0)", "math.log(10, 1)", "math.log(2, 0)", "math.ldexp(1.0, 10**20)",
             "math.ldexp(1.0, 1.5)", "math.isclose(1, 1, rel_tol=-1)", "math.trunc('x')",
             "math.ceil('x')", "math.gcd(1.5)", "math.dist((1, 2), (1,))", "math.fsum([1, 'a'])",
             "math.fsum([math.inf, -math.inf])", "math.fsum([1e308, 1e308])", "math.sqrt(10**400)",
             "math.sqrt(1, 2)", "math.log()", "math.nextafter(1)", "math.ceil(math.inf)",
             "math.floor(math.nan)", "math.sqrt(-1)", "math.exp(1000)", "math.isclose(1.0, 1.0 + 1e-10)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)

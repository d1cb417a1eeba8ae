import decimal
from decimal import Decimal as D, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, \
    ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP, InvalidOperation, DivisionByZero, Inexact, \
    Rounded
import fractions
import math
import pickle


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# Construction and text.
for text in ["0", "-0", "1.23", "-1.230", "1e10", "1E+2", "0.000001", "0.0000001", "123456789012345678901234567890",
             "1.5e-7", "  42  ", "1_000.5", "+.5", "5.", "inf", "-Infinity", "nan", "-nan123", "snan", "1e-1000000",
             "0e5", "0.00", "-0e-3", "12.345e3", "1e+999999"]:
    d = D(text)
    print(repr(text), repr(d), str(d), d.to_eng_string(), d.as_tuple(), d.adjusted())
for bad in ["abc", "1e", "1.2.3", "", "1__0", "_1", "--1", "1e+-2", "١٢", "_", "1 0", "1e_1", "٣.٥e٢"]:
    attempt(f"bad {bad!r}", lambda: D(bad))
print(D(0.1), D(-2.5), D(1e300) == 1e300, D(float("inf")), D(-0.0))
print(D(10 ** 30), D(-7), D((1, (1, 2, 3), -2)), D((0, (), "F")), D(D("3.3")))
attempt("tuple bad", lambda: D((1, (1, 2, 13), -2)))
attempt("list", lambda: D([1, 2]))
attempt("object", lambda: D(object()))
print(D.from_float(0.5), D.from_float(3), D("1.10").as_integer_ratio(), D("-2.5E3").as_integer_ratio())

# Arithmetic at the default precision.
a, b = D("1.1"), D("2.2")
print(a + b, a - b, a * b, a / b, b / a, a // b, a % b, divmod(D(7), D(3)), -a, +a, abs(D("-3")))
print(D(1) / D(3), D(2) / D(3), D(1) / D(7) * 7, D(10) / D(4), D(100) / D(10), D("1.00") / D("0.50"))
print(D(-7) // D(2), D(-7) % D(2), D(7) // D(-2), D(7) % D(-2), divmod(D("-7.5"), D(2)))
print(D("0.1") + D("0.2"), D("1e100") + D("1e-100"), D("1e100") - D("1e100"), D("1.000") + D("2"))
print(D(2) ** 10, D(2) ** -2, D("1.5") ** 3, D("0.5") ** -2, D(-2) ** 3, D(10) ** 30, D(3) ** -1)
print(D(2).sqrt(), D(16).sqrt(), D("0.25").sqrt(), D("1e-10").sqrt(), D(0).sqrt(), D("100").sqrt())
print(D("12.30").normalize(), D("0.000").normalize(), D("1200").normalize(), D("-0").normalize())
print(sum(D("0.1") for _ in range(10)), D(1) + 2, 3 - D("0.5"), 2 * D("1.5"), 7 / D(2), 2 ** D(3))
print(D("123.456").fma(2, D("0.001")), D("-5").copy_abs(), D(5).copy_negate(), D(1).copy_sign(D(-2)))
print(D("1.234").max(D("1.2340")), D(1).min(D(2)), D("7.5").remainder_near(2), D("1E+3").scaleb(2))
print(D(1).compare(D(2)), D(2).compare(D("2.0")), D("2.0").compare_total(D("2")), D(0).logb() if False else "")

# Rounding: quantize in every mode.
modes = [ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
         ROUND_05UP]
for value in ["2.345", "2.355", "-2.345", "2.3451", "-0.005", "7.05", "1.01"]:
    print(value, [str(D(value).quantize(D("0.01"), rounding=m)) for m in modes],
          [str(D(value).quantize(D("1e-1"), rounding=m)) for m in modes[:2]])
print(D("1.41421356").quantize(D("1.000")), D("7.325").quantize(D(".01"), ROUND_DOWN), D("5").quantize(D("1e1")))
attempt("quantize too big", lambda: D("123.456").quantize(D("1e-30")))
print(round(D("2.5")), round(D("3.5")), round(D("-2.5")), round(D("2.675"), 2), round(D("1234.5"), -2))
print(math.floor(D("-2.5")), math.ceil(D("-2.5")), math.trunc(D("-2.5")), int(D("9.99")), float(D("0.1")))
print(D("7.6").to_integral_value(), D("-7.5").to_integral_exact(), D("7.5").to_integral_value(ROUND_DOWN))

# Contexts: precision, rounding, flags and traps.
ctx = getcontext()
print(ctx)
print(ctx.prec, ctx.rounding, ctx.Emax, ctx.Emin, ctx.capitals, ctx.clamp)
with localcontext() as c:
    c.prec = 5
    print(D(1) / D(3), D("123456789") + 0, D(2).sqrt(), +D("1.234567"))
    c.rounding = ROUND_DOWN
    print(D(2) / D(3), D("-2") / D(3))
print(getcontext().prec, D(1) / D(3))
with localcontext(prec=3, rounding=ROUND_UP) as c:
    print(D("1.001") * 1, c.prec, c.rounding)
c = Context(prec=6, rounding=ROUND_HALF_DOWN)
print(c.divide(D(1), D(3)), c.add(D("1.0000005"), 0), c.power(D(2), 20), c.sqrt(D(2)), c.plus(D("2.5555555")))
print(c.to_sci_string(D("1e-9")), c.quantize(D("1.23456"), D("0.01")), c.create_decimal("3.14159265"))
c = Context(prec=3)
c.clear_flags()
r = c.divide(D(1), D(3))
print(r, sorted(s.__name__ for s, v in c.flags.items() if v))
c.traps[Inexact] = True
attempt("trapped inexact", lambda: c.divide(D(1), D(3)))
c = Context(traps=[])
print(c.divide(D(1), D(0)), c.divide(D(0), D(0)), c.sqrt(D(-1)), sorted(s.__name__ for s, v in c.flags.items() if v))
print(decimal.ExtendedContext.divide(D(1), D(0)), decimal.BasicContext.prec)

# Errors, in CPython's words.
attempt("1/0", lambda: D(1) / 0)
attempt("0/0", lambda: D(0) / 0)
attempt("1//0", lambda: D(1) // 0)
attempt("1%0", lambda: D(1) % 0)
attempt("sqrt(-1)", lambda: D(-1).sqrt())
attempt("nan <", lambda: D("nan") < 1)
attempt("nan ==", lambda: D("nan") == 1)
attempt("inf-inf", lambda: D("inf") - D("inf"))
attempt("big //", lambda: D(10) ** 30 // D("1e-10"))
attempt("overflow", lambda: D("9e999999") * 10)
attempt("0**0", lambda: D(0) ** 0)
attempt("int(nan)", lambda: int(D("nan")))
attempt("int(inf)", lambda: int(D("inf")))
attempt("round(nan)", lambda: round(D("nan")))
attempt("prec 0", lambda: setattr(getcontext(), "prec", 0))
attempt("rounding x", lambda: setattr(getcontext(), "rounding", "x"))
attempt("hash snan", lambda: hash(D("snan")))
attempt("localcontext bad", lambda: localcontext(precision=3))

# Comparisons, hashing, mixing with other numbers.
print(D("1.0") == 1, D("0.5") == 0.5, D("0.1") == 0.1, D(1) < 2, D("1.5") > fractions.Fraction(3, 2),
      D("1.5") == fractions.Fraction(3, 2), D(2) >= D("2.00"), D("inf") > 10 ** 100, D("-inf") < -1e308)
print(hash(D("1.5")) == hash(1.5), hash(D(10) ** 30) == hash(10 ** 30), hash(D("0.1")), hash(D("-inf")),
      hash(D(-1)), hash(D("2.000")) == hash(2))
print(sorted([D("3"), D("1.5"), D("-2"), D("1.50")]), max(D(1), D("1.0")), min(D(3), 2))
print({D("1.0"): "a"}[1], D(5) in {5}, bool(D(0)), bool(D("0.0001")), bool(D("nan")))
attempt("add float", lambda: D(1) + 1.0)
print(D("1.5").is_finite(), D("inf").is_infinite(), D("nan").is_nan(), D("snan").is_snan(), D("-0").is_signed(),
      D(0).is_zero(), D("1e-999999").is_subnormal(), D(1).number_class(), D("-inf").number_class())

# Formatting.
for spec in ["", ",.2f", "e", ".3e", "g", ".3g", ">10", "<10", "^10", "+", "010.2f", "%", ".1%", "f",
             ".0f", "E", "G", ".10f"]:
    print(repr(spec), [format(D(v), spec) for v in ["1234.5678", "-0.000012", "1.5e10", "0", "7"]])
print(f"{D('3.14159'):.3}", f"{D('-1234567.891'):,}", f"{D('inf'):>8}", f"{D('2.5'):.0f}", f"{D('3.5'):.0f}")

# Pickle and tuples.
print(pickle.loads(pickle.dumps(D("-1.50"))), pickle.loads(pickle.dumps(getcontext())))
print(D("1.50").as_tuple().digits, D.__module__, issubclass(decimal.DivisionByZero, ZeroDivisionError))
print(decimal.DivisionByZero.__mro__, decimal.FloatOperation.__mro__)
print(format(D("nan123"), ""), format(D("-snan"), ""), format(D("0.00"), ".3e"), format(D("0e5"), ".2e"),
      format(D("0e5"), "e"), format(D("0.00"), "e"), format(D("0"), ".2f"), format(D("0e3"), "f"), format(D("0e-3"), "g"))
attempt("format #", lambda: format(D("1.5"), "#"))
attempt("format _", lambda: format(D("1234.5"), "_f"))

# Fraction: construction, exact arithmetic, mixing with int/float/complex,
# comparisons, hashing, limit_denominator, str/repr and errors.
from fractions import Fraction as F
import math

print(F(3, 4), F(-6, 8), F(6, -8), F(0, 5), F(7), F(2.5), F(0.1), F("3/4"), F(" -1.5e3 "), F("1_000/3"), F(".25"), F("2."), F("-7"))
print(repr(F(3, 4)), repr(F(5)), F(F(1, 3)), F(F(1, 2), F(1, 3)), F(True), F(1.5).as_integer_ratio(), F(10, 4).numerator, F(10, 4).denominator)
a, b = F(1, 3), F(2, 7)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** -3, a ** 0, F(0) ** 2)
print(a + 1, 1 + a, a - 1, 1 - a, 2 * a, a * 2, a / 2, 2 / a, 7 // a, 7 % a, a + 0.5, 0.5 + a, a * 1j, a ** 0.5, 2 ** F(1, 2), 2 ** F(3), F(4) ** F(1, 2))
print(-a, +a, abs(F(-3, 4)), int(F(-7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), round(F(7, 2)), round(F(5, 2)), round(F(-5, 2)), round(F(22, 7), 2), round(F(1234, 1), -2), float(F(1, 3)), complex(F(1, 2)))
print(a == F(2, 6), a == 1, F(2) == 2, F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) == 0.5 + 0j, a < b, a > b, a <= 0.5, a >= 1, F(1) < math.inf, F(1) > -math.inf, F(1) == math.nan, sorted([F(1, 2), F(1, 3), 0.4, 1]))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), hash(F(10**30, 7)), len({F(1, 2), 0.5, F(2, 4)}), bool(F(0)), bool(F(1, 9)))
print(F(math.pi).limit_denominator(), F(math.pi).limit_denominator(100), F(3, 7).limit_denominator(5), F(1, 10**9).limit_denominator(10), F("0.333").limit_denominator(10))
print(sum([F(1, n) for n in range(1, 20)]), F.from_float(0.1), F.from_float(3), F(1, 3).__round__())
for expr in ["F(1, 0)", "F('1/0')", "F('abc')", "F('1/-2')", "F(1.5, 2)", "F([])", "F(math.inf)", "F(math.nan)",
             "F(1) / 0", "F(1) // 0", "F(0) ** -1", "F(1, 2).limit_denominator(0)", "F(1) + 'a'", "F(1) ** 'a'", "F('1e')", "F('.')"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)

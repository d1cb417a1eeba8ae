# numbers: the abstract numeric tower and the built-in types in it.
import numbers
from fractions import Fraction

for value in (1, True, 2.5, 1j, Fraction(1, 3), "1", None):
    print(repr(value), [isinstance(value, c) for c in (numbers.Number, numbers.Complex, numbers.Real,
                                                      numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), sorted(numbers.Integral.__abstractmethods__)[:4])


class Meters(numbers.Real):
    pass


try:
    Meters()
except TypeError as e:
    print("TypeError", str(e)[:60])

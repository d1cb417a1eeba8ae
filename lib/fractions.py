"""Exact rational numbers: the `fractions` module.

A Fraction is a pair of ints (numerator, denominator) in lowest terms with
a positive denominator. Arithmetic with ints and Fractions stays exact;
with floats or complex numbers it gives a float or complex, as CPython.
"""

import math as _math
import sys as _sys

__all__ = ["Fraction"]

# Hashes agree with those of equal ints and floats: reduction modulo the
# prime 2**61 - 1 that CPython's numeric hash uses.
_PyHASH_MODULUS = _sys.hash_info.modulus
_PyHASH_INF = _sys.hash_info.inf


def _is_rational(x):
    """int, Fraction, or anything with int numerator and denominator."""
    if isinstance(x, (int, Fraction)):
        return True
    return (hasattr(x, "numerator") and hasattr(x, "denominator")
            and not isinstance(x, (float, complex)))


def _digits(text):
    """An int from ASCII digits with single underscores between them."""
    if not text or text[0] == "_" or text[-1] == "_" or "__" in text:
        raise ValueError
    plain = text.replace("_", "")
    if not plain.isdigit() or not plain.isascii():
        raise ValueError
    return int(plain)


def _parse(text):
    """(numerator, denominator) of a string like ' -3/4 ', '1.5e-3', '7'."""
    s = text.strip()
    sign = 1
    if s[:1] in "+-":
        if s[0] == "-":
            sign = -1
        s = s[1:]
    if "/" in s:
        num, _, den = s.partition("/")
        return sign * _digits(num), _digits(den)
    exp = 0
    lower = s.lower()
    if "e" in lower:
        at = lower.index("e")
        s, exp_text = s[:at], s[at + 1:]
        exp_sign = 1
        if exp_text[:1] in "+-":
            if exp_text[0] == "-":
                exp_sign = -1
            exp_text = exp_text[1:]
        exp = exp_sign * _digits(exp_text)
    whole, dot, frac = s.partition(".")
    if not whole and not frac:
        raise ValueError
    numerator = _digits(whole) if whole else 0
    denominator = 1
    if dot and frac:
        scale = 10 ** len(frac.replace("_", ""))
        numerator = numerator * scale + _digits(frac)
        denominator = scale
    elif dot and not whole:
        raise ValueError
    if exp >= 0:
        numerator *= 10 ** exp
    else:
        denominator *= 10 ** -exp
    return sign * numerator, denominator


class Fraction:
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction(0.75)."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction) or _is_rational(numerator) and not isinstance(numerator, float):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                try:
                    numerator, denominator = _parse(numerator)
                except (ValueError, IndexError):
                    raise ValueError(f"Invalid literal for Fraction: {numerator!r}") from None
            elif hasattr(numerator, "as_integer_ratio") and not isinstance(numerator, complex):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError(f"Fraction({numerator}, 0)")
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f"{cls.__name__}.from_float() only takes floats, not {f!r} ({type(f).__name__})")
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, int):
            return cls(dec)
        if not hasattr(dec, "as_integer_ratio"):
            raise TypeError(f"{cls.__name__}.from_decimal() only takes Decimals, not {dec!r} ({type(dec).__name__})")
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return f"{self.__class__.__name__}({self._numerator}, {self._denominator})"

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f"{self._numerator}/{self._denominator}"

    # -- arithmetic ----------------------------------------------------------

    def _operands(self, other):
        """other as (numerator, denominator), or None if not rational."""
        if isinstance(other, int):
            return other, 1
        if isinstance(other, Fraction):
            return other._numerator, other._denominator
        if _is_rational(other):
            return other.numerator, other.denominator
        return None

    def _binary(self, other, exact, fallback, reflected=False):
        pair = self._operands(other)
        if pair is not None:
            if reflected:
                return exact(pair, (self._numerator, self._denominator))
            return exact((self._numerator, self._denominator), pair)
        if isinstance(other, float):
            return fallback(other, float(self)) if reflected else fallback(float(self), other)
        if isinstance(other, complex):
            return fallback(other, complex(self)) if reflected else fallback(complex(self), other)
        return NotImplemented

    @staticmethod
    def _add(a, b):
        return Fraction(a[0] * b[1] + b[0] * a[1], a[1] * b[1])

    @staticmethod
    def _sub(a, b):
        return Fraction(a[0] * b[1] - b[0] * a[1], a[1] * b[1])

    @staticmethod
    def _mul(a, b):
        return Fraction(a[0] * b[0], a[1] * b[1])

    @staticmethod
    def _div(a, b):
        if b[0] == 0:
            raise ZeroDivisionError(f"Fraction({a[0] * b[1]}, 0)")
        return Fraction(a[0] * b[1], a[1] * b[0])

    @staticmethod
    def _floordiv(a, b):
        return (a[0] * b[1]) // (a[1] * b[0])

    @staticmethod
    def _divmod(a, b):
        da, db = a[1], b[1]
        div, n_mod = divmod(a[0] * db, da * b[0])
        return div, Fraction(n_mod, da * db)

    @staticmethod
    def _mod(a, b):
        da, db = a[1], b[1]
        return Fraction((a[0] * db) % (b[0] * da), da * db)

    def __add__(self, other):
        return self._binary(other, Fraction._add, lambda x, y: x + y)

    def __radd__(self, other):
        return self._binary(other, Fraction._add, lambda x, y: x + y, True)

    def __sub__(self, other):
        return self._binary(other, Fraction._sub, lambda x, y: x - y)

    def __rsub__(self, other):
        return self._binary(other, Fraction._sub, lambda x, y: x - y, True)

    def __mul__(self, other):
        return self._binary(other, Fraction._mul, lambda x, y: x * y)

    def __rmul__(self, other):
        return self._binary(other, Fraction._mul, lambda x, y: x * y, True)

    def __truediv__(self, other):
        return self._binary(other, Fraction._div, lambda x, y: x / y)

    def __rtruediv__(self, other):
        return self._binary(other, Fraction._div, lambda x, y: x / y, True)

    def __floordiv__(self, other):
        return self._binary(other, Fraction._floordiv, lambda x, y: x // y)

    def __rfloordiv__(self, other):
        return self._binary(other, Fraction._floordiv, lambda x, y: x // y, True)

    def __divmod__(self, other):
        return self._binary(other, Fraction._divmod, divmod)

    def __rdivmod__(self, other):
        return self._binary(other, Fraction._divmod, divmod, True)

    def __mod__(self, other):
        return self._binary(other, Fraction._mod, lambda x, y: x % y)

    def __rmod__(self, other):
        return self._binary(other, Fraction._mod, lambda x, y: x % y, True)

    def __pow__(self, other):
        pair = self._operands(other)
        if pair is None:
            return float(self) ** other
        if pair[1] != 1:
            return float(self) ** (pair[0] / pair[1])
        power = pair[0]
        if power >= 0:
            return Fraction(self._numerator ** power, self._denominator ** power, _normalize=False)
        if self._numerator >= 0:
            return Fraction(self._denominator ** -power, self._numerator ** -power, _normalize=False)
        return Fraction((-self._denominator) ** -power, (-self._numerator) ** -power, _normalize=False)

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if isinstance(other, int) or isinstance(other, Fraction):
            return Fraction(other) ** self
        if _is_rational(other):
            return Fraction(other.numerator, other.denominator) ** self
        if self._denominator == 1:
            return other ** self._numerator
        return other ** float(self)

    def __pos__(self):
        return Fraction(self._numerator, self._denominator, _normalize=False)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator, _normalize=False)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator, _normalize=False)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    def __trunc__(self):
        return self.__int__()

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            if remainder * 2 > d:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __complex__(self):
        return complex(float(self))

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(self, other):
        pair = self._operands(other)
        if pair is not None:
            return self._numerator == pair[0] and self._denominator == pair[1]
        if isinstance(other, complex):
            if other.imag != 0:
                return False
            other = other.real
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return 0.0 == other
            return self == self.from_float(other)
        return NotImplemented

    def _richcmp(self, other, op):
        pair = self._operands(other)
        if pair is not None:
            return op(self._numerator * pair[1], self._denominator * pair[0])
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(self, other):
        return self._richcmp(other, lambda a, b: a < b)

    def __gt__(self, other):
        return self._richcmp(other, lambda a, b: a > b)

    def __le__(self, other):
        return self._richcmp(other, lambda a, b: a <= b)

    def __ge__(self, other):
        return self._richcmp(other, lambda a, b: a >= b)

    def __bool__(self):
        return bool(self._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


import numbers as _numbers  # noqa: E402

_numbers.Rational.register(Fraction)

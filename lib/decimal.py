"""decimal: decimal floating point with a context for precision and
rounding, after the General Decimal Arithmetic Specification.

A Decimal is a sign, an integer coefficient and a power-of-ten exponent
(or a special value: Infinity, NaN, sNaN). Every operation computes the
exact result, or enough digits of it plus a sticky digit, then rounds
once in `_finish` to the context's precision and exponent range; the
conditions met on the way set the context's flags and raise the signals
it traps, with CPython's messages ("[<class 'decimal.DivisionByZero'>]").

exp, ln, log10 and powers with non-integral exponents are computed in
fixed point with more digits until the rounding is certain (Ziv's
strategy, see `_transcendental_result`), always in ROUND_HALF_EVEN as the
specification says.

Not here yet (NotImplementedError naming them): powers with an infinite
operand, the three-argument pow, next_plus/next_minus and the logical
operations.
"""

import math as _math
import numbers as _numbers
import sys as _sys

from _ferropy import immutable_type as _immutable_type

__all__ = ["Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext", "ExtendedContext",
           "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded",
           "Subnormal", "Overflow", "Underflow", "FloatOperation", "DivisionImpossible", "InvalidContext",
           "ConversionSyntax", "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN",
           "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP", "setcontext",
           "getcontext", "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY", "HAVE_THREADS",
           "HAVE_CONTEXTVAR"]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ----- Signals -------------------------------------------------------------

class DecimalException(ArithmeticError):
    __module__ = "decimal"


class Clamped(DecimalException):
    __module__ = "decimal"


class InvalidOperation(DecimalException):
    __module__ = "decimal"


class ConversionSyntax(InvalidOperation):
    __module__ = "decimal"


class DivisionByZero(DecimalException, ZeroDivisionError):
    __module__ = "decimal"


class DivisionImpossible(InvalidOperation):
    __module__ = "decimal"


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    __module__ = "decimal"


class Inexact(DecimalException):
    __module__ = "decimal"


class InvalidContext(InvalidOperation):
    __module__ = "decimal"


class Rounded(DecimalException):
    __module__ = "decimal"


class Subnormal(DecimalException):
    __module__ = "decimal"


class Overflow(Inexact, Rounded):
    __module__ = "decimal"


class Underflow(Inexact, Rounded, Subnormal):
    __module__ = "decimal"


class FloatOperation(DecimalException, TypeError):
    __module__ = "decimal"


# The signals a context has flags and traps for, in the order its repr
# lists them.
_SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded, Subnormal,
            Underflow]
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


# ----- Rounding ------------------------------------------------------------

def _round_digits(coeff, drop, rounding, sign):
    """Drops the last `drop` digits of a coefficient as `rounding` says:
    (new coefficient, whether anything non-zero was dropped)."""
    if drop <= 0:
        return coeff * 10 ** -drop, False
    q, r = divmod(coeff, 10 ** drop)
    if not r:
        return q, False
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:  # ROUND_05UP
        up = q % 10 in (0, 5)
    return q + up, True


def _digits(n):
    """How many decimal digits n has (without str(): no digit limit)."""
    n = abs(n)
    if n < 10 ** 18:
        return len(str(n)) if n else 1
    d = (n.bit_length() * 1233) >> 12
    while 10 ** d <= n:
        d += 1
    return d


# ----- Decimal -------------------------------------------------------------

def _coerced(method):
    """A binary operation: an int operand becomes a Decimal, anything else
    gives NotImplemented (so Python tries the other operand)."""
    def operation(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return method(self, other, context)
    operation.__name__ = method.__name__
    operation.__doc__ = method.__doc__
    return operation


def _reflected(method):
    """The reflected form of a binary operation (other OP self)."""
    def operation(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return method(other, self, context)
    return operation


class Decimal:
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
or another Decimal object. If no value is given, return Decimal('0'). The
context does not affect the conversion and is only passed to determine if
the InvalidOperation trap is active.
"""

    __module__ = "decimal"
    __slots__ = ("_sign", "_int", "_exp", "_special")

    # _special: "" finite, "F" infinity, "n" quiet NaN, "N" signaling NaN.
    # For NaNs, _int is the payload.

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = context if context is not None else getcontext()
                ctx._signal(ConversionSyntax)
                self._sign, self._int, self._exp, self._special = 0, 0, 0, "n"
                return self
            self._sign, self._int, self._exp, self._special = parsed
            return self
        if isinstance(value, int):
            self._sign, self._int, self._exp, self._special = int(value < 0), abs(int(value)), 0, ""
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, float):
            ctx = context if context is not None else getcontext()
            ctx._signal(FloatOperation, quiet=True)
            other = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._special = other._sign, other._int, other._exp, other._special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            if not isinstance(digits, tuple) and not isinstance(digits, list):
                raise ValueError("coefficient must be a tuple of digits")
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError("coefficient must be a tuple of digits")
            coeff = int("".join(map(str, digits))) if digits else 0
            self._sign, self._int = sign, coeff
            if exp in ("F", "n", "N"):
                self._exp, self._special = 0, exp
                if exp == "F":
                    self._int = 0
            elif isinstance(exp, int):
                self._exp, self._special = exp, ""
            else:
                raise ValueError("exponent must be an integer")
            return self
        raise TypeError(f"conversion from {type(value).__name__} to Decimal is not supported")

    @classmethod
    def from_float(cls, f):
        """Converts a float to a decimal number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if f != f:
            return cls("NaN")
        if f in (float("inf"), float("-inf")):
            return cls("-Infinity" if f < 0 else "Infinity")
        sign = int(_math.copysign(1.0, f) < 0)
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        result = _make(sign, n * 5 ** k, -k)
        return result if cls is Decimal else cls(result)

    # ----- Properties and predicates -------------------------------------

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._special:
            return 0
        return self._exp + _digits(self._int) - 1

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._int)) if self._special != "F" else (0,)
        if self._special in ("n", "N") and not self._int:
            digits = ()
        return DecimalTuple(self._sign, digits, self._special or self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special == "F":
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** -self._exp
        g = _math.gcd(n, d)
        return (-(n // g) if self._sign else n // g), d // g

    def is_nan(self):
        return self._special in ("n", "N")

    def is_qnan(self):
        return self._special == "n"

    def is_snan(self):
        return self._special == "N"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return not self._special

    def is_signed(self):
        return bool(self._sign)

    def is_zero(self):
        return not self._special and self._int == 0

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._special or not self._int:
            return False
        ctx = context if context is not None else getcontext()
        return ctx.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._special or not self._int:
            return False
        ctx = context if context is not None else getcontext()
        return self.adjusted() < ctx.Emin

    def number_class(self, context=None):
        sign = "-" if self._sign else "+"
        if self._special == "N":
            return "sNaN"
        if self._special == "n":
            return "NaN"
        if self._special == "F":
            return sign + "Infinity"
        if not self._int:
            return sign + "Zero"
        return sign + ("Subnormal" if self.is_subnormal(context) else "Normal")

    def canonical(self):
        return self

    def radix(self):
        return Decimal(10)

    # ----- Text -----------------------------------------------------------

    def __repr__(self):
        return f"Decimal('{self.__str__()}')"

    def __str__(self):
        return self._to_string(eng=False, context=None)

    def to_eng_string(self, context=None):
        return self._to_string(eng=True, context=context)

    def _to_string(self, eng, context):
        sign = "-" if self._sign else ""
        if self._special == "F":
            return sign + "Infinity"
        if self._special:
            return sign + ("sNaN" if self._special == "N" else "NaN") + (str(self._int) if self._int else "")
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart, fracpart = "0", "." + "0" * -dotplace + digits
        elif dotplace >= len(digits):
            intpart, fracpart = digits + "0" * (dotplace - len(digits)), ""
        else:
            intpart, fracpart = digits[:dotplace], "." + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ""
        else:
            capitals = (context if context is not None else getcontext()).capitals
            exp = ("E" if capitals else "e") + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def __format__(self, spec):
        return _format_decimal(self, spec)

    # ----- Conversions ----------------------------------------------------

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def _check_integral_conversion(self):
        if self._special in ("n", "N"):
            raise ValueError("cannot convert NaN to integer")
        if self._special == "F":
            raise OverflowError("cannot convert Infinity to integer")

    def __int__(self):
        self._check_integral_conversion()
        if self._exp >= 0:
            value = self._int * 10 ** self._exp
        else:
            value = self._int // 10 ** -self._exp
        return -value if self._sign else value

    __trunc__ = __int__

    def __float__(self):
        if self._special in ("n", "N"):
            if self._special == "N":
                raise ValueError("cannot convert signaling NaN to float")
            return float("-nan" if self._sign else "nan")
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        self._check_integral_conversion()
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        self._check_integral_conversion()
        return int(self._rescale(0, ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("optional arg must be an integer")
            return self.quantize(_make(0, 1, -n))
        self._check_integral_conversion()
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __hash__(self):
        if self._special:
            if self._special == "N":
                raise TypeError("Cannot hash a signaling NaN value")
            if self._special == "n":
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = _sys.hash_info.modulus
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, modulus)
        else:
            exp_hash = pow(pow(10, modulus - 2, modulus), -self._exp, modulus)
        h = self._int * exp_hash % modulus
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # ----- Comparison -----------------------------------------------------

    def _cmp(self, other):
        """-1, 0 or 1 comparing two non-NaN values."""
        if self._special == "F" or other._special == "F":
            a = (-1 if self._sign else 1) if self._special == "F" else 0
            b = (-1 if other._sign else 1) if other._special == "F" else 0
            if a == b:
                return 0
            if self._special != "F":
                return -b
            if other._special != "F":
                return a
            return (a > b) - (a < b)
        if not self._int and not other._int:
            return 0
        if not self._int:
            return 1 if other._sign else -1
        if not other._int:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        # Different adjusted exponents decide without scaling (which
        # could mean a power of ten with hundreds of millions of digits).
        adjusted_a = self._exp + len(str(self._int))
        adjusted_b = other._exp + len(str(other._int))
        if adjusted_a != adjusted_b:
            result = 1 if adjusted_a > adjusted_b else -1
            return -result if self._sign else result
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        result = (a > b) - (a < b)
        return -result if self._sign else result

    def _compare_operand(self, other, equality):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            ctx = getcontext()
            ctx._signal(FloatOperation, quiet=equality)
            return Decimal.from_float(other)
        if isinstance(other, _numbers.Rational):
            return other
        return None

    def _rich_compare(self, other, op, equality=False):
        other = self._compare_operand(other, equality)
        if other is None:
            return NotImplemented
        if not isinstance(other, Decimal):
            # A Fraction: compare exactly as fractions.
            if self._special:
                if self._special == "F":
                    return op(-1 if self._sign else 1, 0)
                return op == _ne
            # self * denominator against the numerator, as decimals: exact,
            # and cheap whatever the exponent.
            scaled = _make(self._sign, self._int * other.denominator, self._exp)
            return op(scaled._cmp(Decimal(other.numerator)), 0)
        if self._special in ("n", "N") or other._special in ("n", "N"):
            if not equality or self._special == "N" or other._special == "N":
                if not equality:
                    getcontext()._signal(InvalidOperation)
                elif self._special == "N" or other._special == "N":
                    getcontext()._signal(InvalidOperation)
            return op is _ne
        return op(self._cmp(other), 0)

    def __eq__(self, other):
        return self._rich_compare(other, _eq, equality=True)

    def __ne__(self, other):
        result = self._rich_compare(other, _eq, equality=True)
        return result if result is NotImplemented else not result

    def __lt__(self, other):
        return self._rich_compare(other, _lt)

    def __le__(self, other):
        return self._rich_compare(other, _le)

    def __gt__(self, other):
        return self._rich_compare(other, _gt)

    def __ge__(self, other):
        return self._rich_compare(other, _ge)

    def compare(self, other, context=None):
        other = _operand(other, raising=True)
        ctx = context if context is not None else getcontext()
        nan = _propagate_nan(self, other, ctx)
        if nan is not None:
            return nan
        return Decimal(self._cmp(other))

    def compare_signal(self, other, context=None):
        other = _operand(other, raising=True)
        ctx = context if context is not None else getcontext()
        if self.is_nan() or other.is_nan():
            return ctx._signal(InvalidOperation)
        return Decimal(self._cmp(other))

    def compare_total(self, other, context=None):
        other = _operand(other, raising=True)
        return Decimal(_total_cmp(self, other))

    def max(self, other, context=None):
        return self._minmax(other, context, 1)

    def min(self, other, context=None):
        return self._minmax(other, context, -1)

    def _minmax(self, other, context, want):
        other = _operand(other, raising=True)
        ctx = context if context is not None else getcontext()
        if self.is_nan() or other.is_nan():
            if self._special == "N" or other._special == "N":
                return _propagate_nan(self, other, ctx)
            if self.is_nan():
                return other._finish(ctx) if not other.is_nan() else self
            return self._finish(ctx)
        c = self._cmp(other) or _total_cmp(self, other)
        return (self if c == want else other)._finish(ctx)

    # ----- Arithmetic -----------------------------------------------------

    def _finish(self, ctx):
        """Rounds a result to the context's precision and exponent range,
        signalling what that does."""
        if self._special:
            return self
        prec, emax = ctx.prec, ctx.Emax
        etiny = ctx.Emin - prec + 1
        etop = emax - prec + 1
        coeff, exp, sign = self._int, self._exp, self._sign
        if not coeff:
            exp_max = emax if not ctx.clamp else etop
            new_exp = min(max(exp, etiny), exp_max)
            if new_exp != exp:
                ctx._signal(Clamped)
                return _make(sign, 0, new_exp)
            return self
        ndigits = _digits(coeff)
        exp_min = ndigits + exp - prec
        if exp_min > etop:
            return _overflow(sign, ctx)
        subnormal = exp_min < etiny
        if subnormal:
            exp_min = etiny
        if exp < exp_min:
            coeff, inexact = _round_digits(coeff, exp_min - exp, ctx.rounding, sign)
            exp = exp_min
            if _digits(coeff) > prec:
                coeff //= 10
                exp += 1
                if exp > etop:
                    return _overflow(sign, ctx)
            if subnormal:
                ctx._signal(Subnormal)
                if inexact:
                    ctx._signal(Underflow)
                    if not coeff:
                        ctx._signal(Clamped)
            if inexact:
                ctx._signal(Inexact)
            ctx._signal(Rounded)
            return _make(sign, coeff, exp)
        if subnormal:
            ctx._signal(Subnormal)
        if ctx.clamp and exp > etop:
            ctx._signal(Clamped)
            return _make(sign, coeff * 10 ** (exp - etop), etop)
        return self

    def _rescale(self, exp, rounding):
        """This value with exponent `exp`, rounded, with no context."""
        if self._special:
            return self
        if not self._int:
            return _make(self._sign, 0, exp)
        coeff, _ = _round_digits(self._int, exp - self._exp, rounding, self._sign)
        return _make(self._sign, coeff, exp)

    def __pos__(self, context=None):
        ctx = context if context is not None else getcontext()
        if self.is_nan():
            return _propagate_nan(self, None, ctx)
        sign = self._sign if self._int or self._special else (self._sign and ctx.rounding == ROUND_FLOOR)
        return _make(int(sign), self._int, self._exp, self._special)._finish(ctx)

    def __neg__(self, context=None):
        ctx = context if context is not None else getcontext()
        if self.is_nan():
            return _propagate_nan(self, None, ctx)
        if not self._int and not self._special:
            sign = int(ctx.rounding == ROUND_FLOOR and not self._sign)
        else:
            sign = 1 - self._sign
        return _make(sign, self._int, self._exp, self._special)._finish(ctx)

    def __abs__(self, round=True, context=None):
        if not round:
            return _make(0, self._int, self._exp, self._special)
        return self.copy_abs().__pos__(context) if not self.is_nan() else self.__pos__(context)

    def copy_abs(self):
        return _make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _operand(other, raising=True)
        return _make(other._sign, self._int, self._exp, self._special)

    @_coerced
    def __add__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        nan = _propagate_nan(self, other, ctx)
        if nan is not None:
            return nan
        if self._special == "F" or other._special == "F":
            if self._special == other._special == "F" and self._sign != other._sign:
                return ctx._signal(InvalidOperation)
            return self if self._special == "F" else other
        return _add(self, other, ctx)

    __radd__ = __add__

    @_coerced
    def __sub__(self, other, context=None):
        return self.__add__(other.copy_negate() if not other.is_nan() else other, context)

    __rsub__ = _reflected(__sub__)

    @_coerced
    def __mul__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        nan = _propagate_nan(self, other, ctx)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == "F" or other._special == "F":
            if (not self._special and not self._int) or (not other._special and not other._int):
                return ctx._signal(InvalidOperation)
            return _make(sign, 0, 0, "F")
        return _make(sign, self._int * other._int, self._exp + other._exp)._finish(ctx)

    __rmul__ = __mul__

    @_coerced
    def __truediv__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        nan = _propagate_nan(self, other, ctx)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == "F":
            if other._special == "F":
                return ctx._signal(InvalidOperation)
            return _make(sign, 0, 0, "F")
        if other._special == "F":
            ctx._signal(Clamped)
            return _make(sign, 0, ctx.Emin - ctx.prec + 1)
        if not other._int:
            if not self._int:
                return ctx._signal(DivisionUndefined)
            return ctx._signal(DivisionByZero, sign=sign)
        return _divide(sign, self._int, self._exp, other._int, other._exp, ctx)

    __rtruediv__ = _reflected(__truediv__)

    def _divide_integer(self, other, ctx):
        """(quotient, remainder) of truncating division, or a result that
        is a NaN or infinity for both."""
        sign = self._sign ^ other._sign
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        q, r = divmod(a, b)
        if _digits(q) > ctx.prec:
            return None
        return _make(sign, q, 0), _make(self._sign, r, e)

    def _integer_division_checks(self, other, ctx, want):
        nan = _propagate_nan(self, other, ctx)
        if nan is not None:
            return nan
        if self._special == "F":
            if other._special == "F":
                return ctx._signal(InvalidOperation)
            if want == "remainder":
                return ctx._signal(InvalidOperation)
            return _make(self._sign ^ other._sign, 0, 0, "F")
        if other._special == "F":
            if want == "quotient":
                return _make(self._sign ^ other._sign, 0, 0)
            return self._finish(ctx)
        if not other._int:
            if not self._int:
                return ctx._signal(DivisionUndefined)
            if want == "remainder":
                return ctx._signal(InvalidOperation)
            return ctx._signal(DivisionByZero, sign=self._sign ^ other._sign)
        return None

    @_coerced
    def __floordiv__(self, other, context=None):
        return self._integer_division_part(other, context, "quotient")

    __rfloordiv__ = _reflected(__floordiv__)

    @_coerced
    def __mod__(self, other, context=None):
        return self._integer_division_part(other, context, "remainder")

    def _integer_division_part(self, other, context, want):
        ctx = context if context is not None else getcontext()
        special = self._integer_division_checks(other, ctx, want)
        if special is not None:
            return special
        parts = self._divide_integer(other, ctx)
        if parts is None:
            return ctx._signal(DivisionImpossible)
        return parts[0 if want == "quotient" else 1]._finish(ctx)

    __rmod__ = _reflected(__mod__)

    @_coerced
    def __divmod__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        special = self._integer_division_checks(other, ctx, "both")
        if special is not None:
            if special.is_nan() or not other._int:
                return special, (special if special.is_nan() else ctx._signal(InvalidOperation))
            return special, self.__mod__(other, ctx)
        parts = self._divide_integer(other, ctx)
        if parts is None:
            nan = ctx._signal(DivisionImpossible)
            return nan, nan
        return parts[0]._finish(ctx), parts[1]._finish(ctx)

    __rdivmod__ = _reflected(__divmod__)

    def remainder_near(self, other, context=None):
        other = _operand(other, raising=True)
        ctx = context if context is not None else getcontext()
        special = self._integer_division_checks(other, ctx, "remainder")
        if special is not None:
            return special
        e = min(self._exp, other._exp)
        a = (-1) ** self._sign * self._int * 10 ** (self._exp - e)
        b = (-1) ** other._sign * other._int * 10 ** (other._exp - e)
        q = _round_half_even_div(a, b)
        if _digits(abs(q)) > ctx.prec:
            return ctx._signal(DivisionImpossible)
        r = a - q * b
        return _make(self._sign if r == 0 else int(r < 0), abs(r), e)._finish(ctx)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            raise NotImplementedError("three-argument pow() of Decimals is not supported by ferropy yet")
        other = _operand(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        nan = _propagate_nan(self, other, ctx)
        if nan is not None:
            return nan
        if other._special == "F" or self._special == "F":
            raise NotImplementedError("Decimal power with an infinite operand is not supported by ferropy yet")
        if not other._is_integral():
            return self._power_fractional(other, ctx)
        n = int(other)
        if not self._int:
            if n == 0:
                return ctx._signal(InvalidOperation)
            sign = self._sign if n % 2 else 0
            if n > 0:
                return _make(sign, 0, 0)
            return _make(sign, 0, 0, "F")
        sign = self._sign if n % 2 else 0
        if n == 0:
            return _make(0, 1, 0)
        if abs(n) * _digits(self._int) > 4 * ctx.prec + 1000000:
            raise NotImplementedError("Decimal power this large is not supported by ferropy yet")
        coeff, exp = self._int ** abs(n), self._exp * abs(n)
        if n > 0:
            return _make(sign, coeff, exp)._finish(ctx)
        return _divide(sign, 1, 0, coeff, exp, ctx)

    def _power_fractional(self, other, ctx):
        """self ** other for a non-integral exponent: exp(other * ln(self)),
        correctly rounded but for exact ties."""
        if self._sign and self._int:
            return ctx._signal(InvalidOperation)
        if not self._int:
            return _make(0, 0, 0) if not other._sign else _make(0, 0, 0, "F")
        if self._cmp(_make(0, 1, 0)) == 0:
            ctx._signal(Inexact)
            ctx._signal(Rounded)
            return _make(0, 10 ** (ctx.prec - 1), -(ctx.prec - 1))._finish(ctx)
        log10_base = (self.adjusted() + _math.log10(float(_make(0, self._int, 1 - _digits(self._int)))))
        if other.adjusted() < 20:
            out_of_range = _out_of_range(ctx, float(other) * log10_base)
            if out_of_range is not None:
                return out_of_range
        return _transcendental_result(ctx, lambda w: _power_fixed(self, other, w))

    def __rpow__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def _is_integral(self):
        if self._special:
            return False
        if self._exp >= 0:
            return True
        return self._int % 10 ** -self._exp == 0

    def fma(self, other, third, context=None):
        other = _operand(other, raising=True)
        product = self.__mul__(other, _unbounded(context))
        return product.__add__(_operand(third, raising=True), context)

    def sqrt(self, context=None):
        ctx = context if context is not None else getcontext()
        if self.is_nan():
            return _propagate_nan(self, None, ctx)
        if self._special == "F":
            return self if not self._sign else ctx._signal(InvalidOperation)
        ideal = self._exp // 2
        if not self._int:
            return _make(self._sign, 0, ideal)._finish(ctx)
        if self._sign:
            return ctx._signal(InvalidOperation)
        coeff, exp = self._int, self._exp
        if exp % 2:
            coeff *= 10
            exp -= 1
        # Enough digits that the root has prec + 1 of them, and a sticky one.
        k = max(0, ctx.prec + 2 - (_digits(coeff) + 1) // 2)
        n = coeff * 100 ** k
        root = _math.isqrt(n)
        exp = exp // 2 - k
        if root * root != n:
            if root % 5 == 0:
                root += 1
        else:
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
        return _finish_half_even(ctx, _make(0, root, exp))

    def exp(self, context=None):
        """e ** self, correctly rounded (ROUND_HALF_EVEN)."""
        ctx = context if context is not None else getcontext()
        if self.is_nan():
            return _propagate_nan(self, None, ctx)
        if self._special == "F":
            return _make(0, 0, 0) if self._sign else self
        if not self._int:
            return _make(0, 1, 0)
        p = ctx.prec
        adj = self.adjusted()
        if adj < -(p + 2):
            # e**x is 1 to within far less than half an ulp (and not 1).
            return _transcendental_result(ctx, lambda w: (10 ** w + (-1 if self._sign else 1), w))
        if adj > 20:
            return _out_of_range(ctx, -1e30 if self._sign else 1e30)
        estimate = float(self) * 0.4342944819032518
        out_of_range = _out_of_range(ctx, estimate)
        if out_of_range is not None:
            return out_of_range
        return _transcendental_result(ctx, lambda w: _exp_fixed(self._sign, self._int, self._exp, w))

    def ln(self, context=None):
        """The natural logarithm, correctly rounded (ROUND_HALF_EVEN)."""
        ctx = context if context is not None else getcontext()
        special = self._log_special(ctx)
        if special is not None:
            return special
        return _transcendental_result(ctx, lambda w: _ln_fixed(self._int, self._exp, w))

    def log10(self, context=None):
        """The base-10 logarithm, correctly rounded (ROUND_HALF_EVEN);
        exact (an integer) for powers of ten."""
        ctx = context if context is not None else getcontext()
        special = self._log_special(ctx)
        if special is not None:
            return special
        if _is_power_of_ten(self._int):
            return Decimal(self.adjusted())._finish(ctx)
        return _transcendental_result(ctx, lambda w: _log10_fixed(self._int, self._exp, w))

    def _log_special(self, ctx):
        """ln/log10 of NaN, infinities, zero, negatives and one."""
        if self.is_nan():
            return _propagate_nan(self, None, ctx)
        if self._special == "F":
            return self if not self._sign else ctx._signal(InvalidOperation)
        if not self._int:
            return _make(1, 0, 0, "F")
        if self._sign:
            return ctx._signal(InvalidOperation)
        if self._cmp(_make(0, 1, 0)) == 0:
            return _make(0, 0, 0)
        return None

    def logb(self, context=None):
        ctx = context if context is not None else getcontext()
        if self.is_nan():
            return _propagate_nan(self, None, ctx)
        if self._special == "F":
            return _make(0, 0, 0, "F")
        if not self._int:
            return ctx._signal(DivisionByZero, sign=1)
        return Decimal(self.adjusted())._finish(ctx)

    # ----- Exponent and rounding ------------------------------------------

    def quantize(self, exp, rounding=None, context=None):
        exp = _operand(exp, raising=True)
        ctx = context if context is not None else getcontext()
        rounding = rounding if rounding is not None else ctx.rounding
        nan = _propagate_nan(self, exp, ctx)
        if nan is not None:
            return nan
        if self._special == "F" or exp._special == "F":
            if self._special == "F" and exp._special == "F":
                return self
            return ctx._signal(InvalidOperation)
        target = exp._exp
        if not ctx.Emin - ctx.prec + 1 <= target <= ctx.Emax:
            return ctx._signal(InvalidOperation)
        if not self._int:
            return _make(self._sign, 0, target)._finish(ctx)
        if self.adjusted() > ctx.Emax or self.adjusted() - target + 1 > ctx.prec:
            return ctx._signal(InvalidOperation)
        coeff, inexact = _round_digits(self._int, target - self._exp, rounding, self._sign)
        if _digits(coeff) > ctx.prec:
            return ctx._signal(InvalidOperation)
        result = _make(self._sign, coeff, target)
        if result._int and result.adjusted() < ctx.Emin:
            ctx._signal(Subnormal)
        if inexact:
            ctx._signal(Inexact)
        if target > self._exp:
            ctx._signal(Rounded)
        return result

    def same_quantum(self, other, context=None):
        other = _operand(other, raising=True)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or (self._special == other._special == "F")
        return self._exp == other._exp

    def _to_integral(self, rounding, context, exact):
        ctx = context if context is not None else getcontext()
        if self.is_nan():
            return _propagate_nan(self, None, ctx)
        if self._special or self._exp >= 0:
            return self
        if not self._int:
            return _make(self._sign, 0, 0)
        rounding = rounding if rounding is not None else ctx.rounding
        coeff, inexact = _round_digits(self._int, -self._exp, rounding, self._sign)
        if exact:
            if inexact:
                ctx._signal(Inexact)
            ctx._signal(Rounded)
        return _make(self._sign, coeff, 0)

    def to_integral_value(self, rounding=None, context=None):
        return self._to_integral(rounding, context, exact=False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self._to_integral(rounding, context, exact=True)

    def normalize(self, context=None):
        ctx = context if context is not None else getcontext()
        if self.is_nan():
            return _propagate_nan(self, None, ctx)
        result = self._finish(ctx)
        if result._special:
            return result
        if not result._int:
            return _make(result._sign, 0, 0)
        coeff, exp = result._int, result._exp
        exp_max = ctx.Emax if not ctx.clamp else ctx.Emax - ctx.prec + 1
        while coeff % 10 == 0 and exp < exp_max:
            coeff //= 10
            exp += 1
        return _make(result._sign, coeff, exp)

    def next_plus(self, context=None):
        raise NotImplementedError("Decimal.next_plus is not supported by ferropy yet")

    def next_minus(self, context=None):
        raise NotImplementedError("Decimal.next_minus is not supported by ferropy yet")

    def scaleb(self, other, context=None):
        other = _operand(other, raising=True)
        ctx = context if context is not None else getcontext()
        nan = _propagate_nan(self, other, ctx)
        if nan is not None:
            return nan
        if not other._is_integral() or other.adjusted() > 18:
            return ctx._signal(InvalidOperation)
        if self._special == "F":
            return self
        return _make(self._sign, self._int, self._exp + int(other))._finish(ctx)


def _eq(a, b):
    return a == b


def _ne(a, b):
    return a != b


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


# ----- Transcendental functions ---------------------------------------------
#
# Each is computed in fixed point: an integer A standing for A * 10**-w,
# within a few units of the true value. `_transcendental_result` rounds
# A +- that error to the precision and accepts the result when both
# ends round alike, asking for more digits otherwise (Ziv's strategy).

_ERROR_ULPS = 8


def _transcendental_result(ctx, approximate):
    """Rounds what `approximate(w)` gives, (A, scale) for A * 10**-scale
    within _ERROR_ULPS units of the true value, to ctx's precision."""
    prec = ctx.prec
    w = prec + 12
    probe = _half_even(ctx)
    probe.traps = {s: False for s in _SIGNALS}
    a, scale = approximate(w)
    for _ in range(60):
        size = _digits(a)
        if size >= prec + 6:
            sign = int(a < 0)
            low = _make(sign, abs(a) - _ERROR_ULPS, -scale)._finish(probe)
            high = _make(sign, abs(a) + _ERROR_ULPS, -scale)._finish(probe)
            if low._int == high._int and low._exp == high._exp:
                break
            w += prec + 10
        else:
            w += prec + 6 - size + 4
        a, scale = approximate(w)
    return _finish_half_even(ctx, _make(int(a < 0), abs(a), -scale), inexact=True)


def _half_even(ctx):
    c = ctx.copy()
    c.rounding = ROUND_HALF_EVEN
    c.clear_flags()
    return c


def _finish_half_even(ctx, value, inexact=False):
    """value rounded to ctx's precision in ROUND_HALF_EVEN, its conditions
    signalled in ctx."""
    c = _half_even(ctx)
    c.traps = {s: False for s in _SIGNALS}
    out = value._finish(c)
    if inexact:
        # The true value is irrational (or met only approximately).
        c.flags[Inexact] = c.flags[Rounded] = True
    for signal in _SIGNALS:
        if c.flags[signal]:
            ctx._signal(signal)
    return out


def _is_power_of_ten(n):
    while n % 10 == 0:
        n //= 10
    return n == 1


def _underflow_to_zero(ctx):
    return _finish_half_even(ctx, _make(0, 1, ctx.Emin - ctx.prec - 1), inexact=True)


def _out_of_range(ctx, log10_estimate):
    """The overflowed or underflowed result when a value about
    10**log10_estimate cannot be represented, else None."""
    if log10_estimate > ctx.Emax + 2:
        return _finish_half_even(ctx, _make(0, 1, ctx.Emax + 5), inexact=True)
    if log10_estimate < ctx.Emin - ctx.prec - 2:
        return _underflow_to_zero(ctx)
    return None


def _to_fixed(sign, coeff, exp, w):
    """coeff * 10**exp as a fixed-point integer at scale 10**-w."""
    shift = exp + w
    value = coeff * 10 ** shift if shift >= 0 else coeff // 10 ** -shift
    return -value if sign else value


def _exp_fixed(sign, coeff, exp, w):
    """e ** (+-coeff * 10**exp) as (A, scale): A * 10**-scale, within a
    few units of A."""
    if sign:
        # e**-y = 1 / e**y, to as many significant digits.
        big, scale = _exp_fixed(0, coeff, exp, w)
        d = _digits(big)
        return 10 ** (scale + d + w) // big, d + w
    x = _to_fixed(0, coeff, exp, w + 30)
    one = 10 ** (w + 30)
    k = max(0, x.bit_length() - one.bit_length() + 2)
    guard = (k * 31) // 100 + 8
    work = w + 30 + guard
    one = 10 ** work
    r = _to_fixed(0, coeff, exp, work) >> k
    total, term, i = one, one, 1
    while term:
        term = term * r // (one * i)
        total += term
        i += 1
    for _ in range(k):
        total = total * total // one
    return total // 10 ** (work - w), w


def _ln_unit(m_num, m_den, w):
    """ln(m_num / m_den) for a ratio in [0.1, 1] at scale 10**-w."""
    j = 14
    work = w + 8 + (j * 31) // 100
    one = 10 ** work
    y = m_num * one // m_den
    for _ in range(j):
        y = _math.isqrt(y * one)
    # ln(y) = 2 * atanh(z), z = (y - 1) / (y + 1).
    # (Magnitudes only: floor division of negatives never reaches 0.)
    negative = y < one
    z = abs(y - one) * one // (y + one)
    z2 = z * z // one
    total, power, i = z, z, 1
    while power:
        power = power * z2 // one
        i += 2
        total += power // i
    magnitude = (2 * total * 2 ** j) // 10 ** (work - w)
    return -magnitude if negative else magnitude


def _ln10_fixed(w):
    return -_ln_unit(1, 10, w)


def _ln_fixed(coeff, exp, w):
    """ln(coeff * 10**exp) at scale 10**-w."""
    d = _digits(coeff)
    n = exp + d
    extra = len(str(abs(n))) + 2
    value = _ln_unit(coeff, 10 ** d, w + extra) + n * _ln10_fixed(w + extra)
    return (value // 10 ** extra if value >= 0 else -((-value) // 10 ** extra)), w


def _log10_fixed(coeff, exp, w):
    ln, _ = _ln_fixed(coeff, exp, w + 4)
    quotient = abs(ln) * 10 ** w // _ln10_fixed(w + 4)
    return (-quotient if ln < 0 else quotient), w


def _power_fixed(base, exponent, w):
    """base ** exponent = exp(exponent * ln(base)) at scale 10**-w."""
    magnitude = max(0, exponent.adjusted() + 1) + max(0, len(str(abs(base.adjusted()))) + 1)
    lw = w + magnitude + 10
    ln, _ = _ln_fixed(base._int, base._exp, lw)
    t = ln * exponent._int * (-1 if exponent._sign else 1)
    # t is exponent * ln(base) at scale 10**-(lw - exponent._exp).
    scale = lw - exponent._exp
    t_sign = int(t < 0)
    t_abs = abs(t)
    return _exp_fixed(t_sign, t_abs, -scale, w)


def _make(sign, coeff, exp, special=""):
    d = object.__new__(Decimal)
    d._sign, d._int, d._exp, d._special = sign, coeff, exp, special
    return d


def _total_cmp(a, b):
    """-1, 0 or 1: the total order of compare_total (sign, then class,
    then value, then exponent)."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    rank = {"": 0, "F": 1, "N": 2, "n": 3}
    ra, rb = rank[a._special], rank[b._special]
    if ra != rb:
        r = (ra > rb) - (ra < rb)
    elif ra >= 2:
        r = (a._int > b._int) - (a._int < b._int)
    elif ra == 1:
        r = 0
    else:
        r = a._cmp(b)
        if r:
            return r
        r = (a._exp > b._exp) - (a._exp < b._exp)
    return -r if a._sign else r


def _round_half_even_div(a, b):
    q, r = divmod(a, b)
    # divmod's remainder has the divisor's sign; compare magnitudes.
    twice, size = abs(2 * r), abs(b)
    if twice > size or (twice == size and q % 2):
        q += 1
    return q


def _operand(other, raising=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if raising:
        raise TypeError(f"conversion from {type(other).__name__} to Decimal is not supported")
    return NotImplemented


def _propagate_nan(a, b, ctx):
    """The result of an operation on NaNs (a signaling one first), or None."""
    for x in (a, b):
        if x is not None and x._special == "N":
            ctx._signal(InvalidOperation)
            return _make(x._sign, x._int, 0, "n")
    for x in (a, b):
        if x is not None and x._special == "n":
            return x
    return None


def _overflow(sign, ctx):
    ctx._signal(Overflow)
    ctx._signal(Inexact)
    ctx._signal(Rounded)
    rounding = ctx.rounding
    if rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (rounding == ROUND_CEILING and not sign) or (rounding == ROUND_FLOOR and sign):
        return _make(sign, 0, 0, "F")
    return _make(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _add(a, b, ctx):
    if not a._int and not b._int:
        exp = min(a._exp, b._exp)
        sign = a._sign & b._sign if a._sign == b._sign else int(ctx.rounding == ROUND_FLOOR)
        return _make(sign, 0, exp)._finish(ctx)
    if not a._int or not b._int:
        nonzero, zero = (b, a) if not a._int else (a, b)
        exp = min(zero._exp, nonzero._exp)
        if exp < nonzero._exp:
            return _make(nonzero._sign, nonzero._int * 10 ** (nonzero._exp - exp), exp)._finish(ctx)
        return nonzero._finish(ctx)
    # A far smaller operand only matters as a sticky digit below the
    # rounding position of the larger one.
    if a.adjusted() < b.adjusted():
        a, b = b, a
    floor = min(a._exp, a.adjusted() - ctx.prec) - 1
    if b.adjusted() < floor:
        b = _make(b._sign, 1, floor)
    exp = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - exp) * (-1 if a._sign else 1)
    y = b._int * 10 ** (b._exp - exp) * (-1 if b._sign else 1)
    total = x + y
    if total == 0:
        return _make(int(ctx.rounding == ROUND_FLOOR), 0, exp)._finish(ctx)
    return _make(int(total < 0), abs(total), exp)._finish(ctx)


def _divide(sign, c1, e1, c2, e2, ctx):
    """c1e1 / c2e2 with the given sign: prec + 1 digits and a sticky one
    when inexact, the ideal exponent when exact."""
    ideal = e1 - e2
    shift = _digits(c2) - _digits(c1) + ctx.prec + 1
    if shift >= 0:
        q, r = divmod(c1 * 10 ** shift, c2)
    else:
        q, r = divmod(c1, c2 * 10 ** -shift)
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _make(sign, q, exp)._finish(ctx)


def _unbounded(context):
    ctx = (context if context is not None else getcontext()).copy()
    ctx.prec = MAX_PREC
    ctx.Emax, ctx.Emin = MAX_EMAX, MIN_EMIN
    return ctx


def _parse(text):
    """(sign, coefficient, exponent, special) of a decimal string, or None."""
    # As CPython's: underscores are dropped wherever they are, and any
    # Unicode decimal digit counts as its ASCII digit.
    s = "".join(str(int(c)) if c.isdecimal() and not c.isascii() else c for c in text.strip().replace("_", ""))
    if not s:
        return None
    sign = 0
    if s[0] in "+-":
        sign = int(s[0] == "-")
        s = s[1:]
    lower = s.lower()
    if lower in ("inf", "infinity"):
        return sign, 0, 0, "F"
    for prefix, special in (("snan", "N"), ("nan", "n")):
        if lower.startswith(prefix):
            payload = lower[len(prefix):]
            if payload and not (payload.isdigit() and payload.isascii()):
                return None
            return sign, int(payload) if payload else 0, 0, special
    mantissa, _, exponent = lower.partition("e")
    if _ and (not exponent or not (exponent.lstrip("+-").isdigit() and exponent.lstrip("+-").isascii()) or
              exponent[:1] in "+-" and exponent[1:2] in "+-"):
        return None
    whole, dot, frac = mantissa.partition(".")
    if not whole and not frac:
        return None
    for part in (whole, frac):
        if part and not (part.isdigit() and part.isascii()):
            return None
    exp = int(exponent) if exponent else 0
    return sign, int(whole + frac or "0"), exp - len(frac), ""


# ----- Format --------------------------------------------------------------

def _format_decimal(d, spec):
    if not spec:
        return str(d)
    import re
    m = re.fullmatch(r"(?:(.)?([<>=^]))?([-+ ])?(z)?()(0)?(\d+)?(,)?(?:\.(\d+))?([eEfFgGn%])?", spec, re.S)
    if m is None:
        raise ValueError("invalid format string")
    fill, align, sign_opt, no_neg_zero, alt, zero, width, grouping, precision, kind = m.groups()
    if zero and fill is None:
        fill, align = "0", align or "="
    fill = fill or " "
    align = align or ">"
    sign_opt = sign_opt or "-"
    precision = int(precision) if precision is not None else None
    if d._special:
        body = "Infinity" if d._special == "F" else "NaN" if d._special == "n" else "sNaN"
        if kind == "%":
            body += "%"
        sign = "-" if d._sign else ("+" if sign_opt == "+" else " " if sign_opt == " " else "")
        return _pad(sign, body, fill, align, int(width or 0))
    rounding = getcontext().rounding
    sign_bit = d._sign
    if kind in (None, "g", "G", "n") and precision is not None:
        if precision == 0:
            precision = 1
        if d._int:
            d = d._rescale(d.adjusted() - precision + 1, rounding) if _digits(d._int) > precision else d
    if kind is None:
        body = _to_string(d, upper=getcontext().capitals)
    elif kind in "eE":
        if precision is not None and d._int:
            d = d._rescale(d.adjusted() - precision, rounding)
        elif precision is not None:
            # A zero shows `precision` zeros after the point, the exponent
            # moving with them.
            d = _make(d._sign, 0, d._exp + precision)
            body = "0" + ("." + "0" * precision if precision else "") + kind + "%+d" % d._exp
        if precision is None or d._int:
            body = _sci(d, kind, precision)
    elif kind in "fF%":
        if kind == "%":
            d = _make(d._sign, d._int, d._exp + 2)
        if precision is not None:
            d = d._rescale(-precision, rounding)
        body = _fixed(d)
        if kind == "%":
            body += "%"
    else:  # g, G, n
        exp = d._exp
        leftdigits = d._exp + _digits(d._int)
        if -6 < leftdigits <= (precision if precision is not None else max(_digits(d._int), 1)) or \
                (precision is None and exp <= 0 and leftdigits > -6):
            body = _fixed(d)
        else:
            body = _sci(d, "E" if kind == "G" else "e", None)
    if alt and "." not in body and kind not in ("g", "G") and body[:1].isdigit():
        body = body.replace("e", ".e", 1) if "e" in body else body + "."
    sign = "-" if sign_bit and not (no_neg_zero and not d._int) else \
        ("+" if sign_opt == "+" else " " if sign_opt == " " else "")
    if grouping:
        intpart, rest = body, ""
        for i, c in enumerate(body):
            if not c.isdigit():
                intpart, rest = body[:i], body[i:]
                break
        if zero and align == "=" and width:
            target = int(width) - len(sign) - len(rest)
            intpart = _group(intpart, grouping, target)
        else:
            intpart = _group(intpart, grouping, 0)
        body = intpart + rest
    return _pad(sign, body, fill, align, int(width or 0))


def _to_string(d, upper=True):
    text = str(_make(0, d._int, d._exp))
    return text if upper else text.lower()


def _fixed(d):
    digits = str(d._int)
    if d._exp >= 0:
        return digits + "0" * d._exp if d._int else "0"
    point = len(digits) + d._exp
    if point > 0:
        return digits[:point] + "." + digits[point:]
    return "0." + "0" * -point + digits


def _sci(d, letter, precision):
    digits = str(d._int)
    exp = d._exp + len(digits) - 1
    body = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
    return body + letter + "%+d" % exp


def _group(intpart, sep, min_width):
    groups = []
    while len(intpart) > 3:
        groups.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    groups.insert(0, intpart)
    text = sep.join(groups)
    while len(text) < min_width:
        digits = text.replace(sep, "")
        text = _group("0" + digits, sep, 0)
    return text


def _pad(sign, body, fill, align, width):
    n = width - len(sign) - len(body)
    if n <= 0:
        return sign + body
    if align == "<":
        return sign + body + fill * n
    if align == "^":
        return fill * (n // 2) + sign + body + fill * (n - n // 2)
    if align == "=":
        return sign + fill * n + body
    return fill * n + sign + body


# ----- Context -------------------------------------------------------------

class _SignalDict(dict):
    """A context's flags or traps: a dict over the signals."""

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError("invalid signal dict")
        super().__setitem__(key, bool(value))


class Context:
    """The context affects almost all operations and controls rounding,
Over/Underflow, raising of exceptions and much more.
"""

    __module__ = "decimal"

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None,
                 traps=None):
        base = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        self.flags = _signal_dict(flags, [])
        default_traps = [s for s in _SIGNALS if base.traps[s]] if base else \
            [InvalidOperation, DivisionByZero, Overflow]
        self.traps = _signal_dict(traps, default_traps)

    def __setattr__(self, name, value):
        if name == "prec":
            _check_int(value, 1, MAX_PREC, "prec", "[1, MAX_PREC]")
        elif name == "Emin":
            _check_int(value, MIN_EMIN, 0, "Emin", "[MIN_EMIN, 0]")
        elif name == "Emax":
            _check_int(value, 0, MAX_EMAX, "Emax", "[0, MAX_EMAX]")
        elif name in ("capitals", "clamp"):
            _check_int(value, 0, 1, name, "[0, 1]")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, "
                                "ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        elif name in ("flags", "traps"):
            if not isinstance(value, dict):
                raise TypeError(f"{name} must be a signal dict")
            value = _signal_dict(value, [])
        elif name != "_ignored":
            raise AttributeError(f"'decimal.Context' object has no attribute '{name}'")
        object.__setattr__(self, name, value)

    def _signal(self, condition, sign=0, quiet=False):
        """Notes a condition; raises it if trapped, else returns the
        value the operation gives in its stead."""
        signal = _CONDITION_SIGNAL.get(condition, condition)
        if quiet and signal is FloatOperation:
            self.flags[signal] = True
            if self.traps[signal]:
                raise FloatOperation(f"[<class 'decimal.{condition.__name__}'>]")
            return None
        self.flags[signal] = True
        if self.traps[signal]:
            raise signal(f"[<class 'decimal.{condition.__name__}'>]")
        if signal is InvalidOperation:
            return _make(0, 0, 0, "n")
        if signal is DivisionByZero:
            return _make(sign, 0, 0, "F")
        return None

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def create_decimal(self, num="0"):
        if isinstance(num, str) and (num != num.strip() or "_" in num):
            return self._signal(ConversionSyntax)
        return Decimal(num, self)._finish(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._finish(self)

    def __repr__(self):
        flags = ", ".join(s.__name__ for s in _SIGNALS if self.flags[s])
        traps = ", ".join(s.__name__ for s in _SIGNALS if self.traps[s])
        return (f"Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, Emax={self.Emax}, "
                f"capitals={self.capitals}, clamp={self.clamp}, flags=[{flags}], traps=[{traps}])")

    def __reduce__(self):
        return (Context, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                          [s for s in _SIGNALS if self.flags[s]], [s for s in _SIGNALS if self.traps[s]]))

    # Operations by name, with this context.

    def _dec(self, a):
        return _operand(a, raising=True)

    def abs(self, a):
        return self._dec(a).__abs__(context=self)

    def add(self, a, b):
        return self._dec(a).__add__(self._dec(b), self)

    def subtract(self, a, b):
        return self._dec(a).__sub__(self._dec(b), self)

    def multiply(self, a, b):
        return self._dec(a).__mul__(self._dec(b), self)

    def divide(self, a, b):
        return self._dec(a).__truediv__(self._dec(b), self)

    def divide_int(self, a, b):
        return self._dec(a).__floordiv__(self._dec(b), self)

    def remainder(self, a, b):
        return self._dec(a).__mod__(self._dec(b), self)

    def divmod(self, a, b):
        return self._dec(a).__divmod__(self._dec(b), self)

    def power(self, a, b, modulo=None):
        return self._dec(a).__pow__(self._dec(b), modulo, self)

    def plus(self, a):
        return self._dec(a).__pos__(self)

    def minus(self, a):
        return self._dec(a).__neg__(self)

    def sqrt(self, a):
        return self._dec(a).sqrt(self)

    def remainder_near(self, a, b):
        return self._dec(a).remainder_near(b, self)

    def exp(self, a):
        return self._dec(a).exp(self)

    def ln(self, a):
        return self._dec(a).ln(self)

    def log10(self, a):
        return self._dec(a).log10(self)

    def compare_signal(self, a, b):
        return self._dec(a).compare_signal(b, self)

    def compare_total(self, a, b):
        return self._dec(a).compare_total(b)

    def same_quantum(self, a, b):
        return self._dec(a).same_quantum(b)

    def number_class(self, a):
        return self._dec(a).number_class(self)

    def is_normal(self, a):
        return self._dec(a).is_normal(self)

    def is_subnormal(self, a):
        return self._dec(a).is_subnormal(self)

    def is_qnan(self, a):
        return self._dec(a).is_qnan()

    def is_snan(self, a):
        return self._dec(a).is_snan()

    def is_canonical(self, a):
        return self._dec(a).is_canonical()

    def canonical(self, a):
        return self._dec(a)

    def copy_decimal(self, a):
        return Decimal(self._dec(a))

    def quantize(self, a, b):
        return self._dec(a).quantize(self._dec(b), context=self)

    def normalize(self, a):
        return self._dec(a).normalize(self)

    def compare(self, a, b):
        return self._dec(a).compare(b, self)

    def max(self, a, b):
        return self._dec(a).max(b, self)

    def min(self, a, b):
        return self._dec(a).min(b, self)

    def fma(self, a, b, c):
        return self._dec(a).fma(b, c, self)

    def to_integral_value(self, a):
        return self._dec(a).to_integral_value(context=self)

    def to_integral_exact(self, a):
        return self._dec(a).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return self._dec(a)._to_string(eng=False, context=self)

    def to_eng_string(self, a):
        return self._dec(a).to_eng_string(self)

    def is_zero(self, a):
        return self._dec(a).is_zero()

    def is_signed(self, a):
        return self._dec(a).is_signed()

    def is_nan(self, a):
        return self._dec(a).is_nan()

    def is_infinite(self, a):
        return self._dec(a).is_infinite()

    def is_finite(self, a):
        return self._dec(a).is_finite()

    def copy_abs(self, a):
        return self._dec(a).copy_abs()

    def copy_negate(self, a):
        return self._dec(a).copy_negate()

    def copy_sign(self, a, b):
        return self._dec(a).copy_sign(b)

    def scaleb(self, a, b):
        return self._dec(a).scaleb(b, self)

    def logb(self, a):
        return self._dec(a).logb(self)

    def radix(self):
        return Decimal(10)


def _check_int(value, low, high, name, shown):
    if not isinstance(value, int):
        raise TypeError("an integer is required" if name in ("capitals", "clamp") else
                        f"'{type(value).__name__}' object cannot be interpreted as an integer")
    if not low <= value <= high:
        raise ValueError(f"valid range for {name} is {shown}")


def _signal_dict(given, default_on):
    d = _SignalDict({s: False for s in _SIGNALS})
    if given is None:
        given = default_on
    if isinstance(given, dict):
        for s, v in given.items():
            d[s] = v
    else:
        for s in given:
            d[s] = True
    return d


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                         flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation,
                                                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

# The current context. (One for the program: ferropy's threads do not
# yet get their own.)
# The current context is a context variable, as in CPython: each thread
# (and each context a task runs in) has its own.
import contextvars as _contextvars

_current_context = _contextvars.ContextVar("decimal_context")


def getcontext():
    """Returns this thread's context."""
    try:
        return _current_context.get()
    except LookupError:
        ctx = DefaultContext.copy()
        _current_context.set(ctx)
        return ctx


def setcontext(context):
    """Set this thread's context to context."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current_context.set(context)


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that sets a copy of ctx (or the current context)
    as the current context, and restores the old one on exit."""
    new = (ctx if ctx is not None else getcontext()).copy()
    for name, value in kwargs.items():
        if name not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"):
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        setattr(new, name, value)
    return _ContextManager(new)


from collections import namedtuple as _namedtuple  # noqa: E402

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")

_numbers.Number.register(Decimal)
# Built-in types in CPython: fixed, and named "decimal.Decimal" in errors.
Decimal = _immutable_type(Decimal)
Context = _immutable_type(Context)

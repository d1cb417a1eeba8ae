"""Mathematical functions for complex numbers, with CPython's formulas
(Kahan's for the inverse functions) so that finite arguments give
CPython's results to the last bit. Arguments with infinite or nan parts
are not supported yet (CPython answers those from tables of special
values); they raise NotImplementedError."""

import math
from math import atan2, copysign, fabs, log1p

from _ferropy import c_hypot as hypot

__all__ = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "isclose", "isfinite",
           "isinf", "isnan", "log", "log10", "phase", "polar", "rect", "sin", "sinh", "sqrt", "tan", "tanh",
           "e", "pi", "tau", "inf", "infj", "nan", "nanj"]

e = math.e
pi = math.pi
tau = math.tau
inf = math.inf
infj = complex(0.0, inf)
nan = math.nan
nanj = complex(0.0, nan)

_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_MANT_DIG = 53
_LARGE = _DBL_MAX / 4.0
_SQRT_LARGE = math.sqrt(_LARGE)
_LOG_LARGE = math.log(_LARGE)
_SQRT_DBL_MIN = math.sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453094
_LN10 = 2.302585092994045684


def _complex(z, name):
    """z as a complex with finite parts (the only kind ferropy handles)."""
    if not isinstance(z, complex):
        if hasattr(type(z), "__complex__"):
            z = type(z).__complex__(z)
            if not isinstance(z, complex):
                raise TypeError("__complex__ returned non-complex (type %s)" % type(z).__name__)
        else:
            if not hasattr(type(z), "__float__") and not hasattr(type(z), "__index__"):
                raise TypeError("must be real number, not %s" % type(z).__name__)
            z = complex(float(z))
    if not (math.isfinite(z.real) and math.isfinite(z.imag)):
        raise NotImplementedError("cmath.%s of a value with infinite or nan parts is not supported by "
                                  "ferropy yet" % name)
    return z


def _domain():
    return ValueError("math domain error")


def _range():
    return OverflowError("math range error")


def _check(r):
    if math.isinf(r.real) or math.isinf(r.imag):
        raise _range()
    return r


def _sqrt(z):
    x, y = z.real, z.imag
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax, ay = fabs(x), fabs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # hypot could lose the tiny parts: scale up, then back down.
        ax = math.ldexp(ax, _MANT_DIG)
        s = math.ldexp(math.sqrt(ax + hypot(ax, math.ldexp(ay, _MANT_DIG))), -((_MANT_DIG + 1) // 2))
    else:
        ax /= 8.0
        s = 2.0 * math.sqrt(ax + hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, copysign(d, y))
    return complex(d, copysign(s, y))


def sqrt_(z):
    return _sqrt(_complex(z, "sqrt"))


def _log(z):
    x, y = z.real, z.imag
    ax, ay = fabs(x), fabs(y)
    if ax > _LARGE or ay > _LARGE:
        real = math.log(hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            real = math.log(hypot(math.ldexp(ax, _MANT_DIG), math.ldexp(ay, _MANT_DIG))) - _MANT_DIG * _LN2
        else:
            raise _domain()
    else:
        h = hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am, an = (ax, ay) if ax > ay else (ay, ax)
            real = log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            real = math.log(h)
    return complex(real, atan2(y, x))


def log(x, base=None):
    z = _log(_complex(x, "log"))
    if base is not None:
        z = z / _log(_complex(base, "log"))
    return z


def log10(z):
    s = _log(_complex(z, "log10"))
    return complex(s.real / _LN10, s.imag / _LN10)


def exp(z):
    z = _complex(z, "exp")
    x, y = z.real, z.imag
    if x > _LOG_LARGE:
        scale = math.exp(x - 1.0)
        r = complex(scale * math.cos(y) * math.e, scale * math.sin(y) * math.e)
    else:
        scale = math.exp(x)
        r = complex(scale * math.cos(y), scale * math.sin(y))
    return _check(r)


def _cosh(x, y):
    if fabs(x) > _LOG_LARGE:
        xm1 = x - copysign(1.0, x)
        r = complex(math.cos(y) * math.cosh(xm1) * math.e, math.sin(y) * math.sinh(xm1) * math.e)
    else:
        r = complex(math.cos(y) * math.cosh(x), math.sin(y) * math.sinh(x))
    return _check(r)


def _sinh(x, y):
    if fabs(x) > _LOG_LARGE:
        xm1 = x - copysign(1.0, x)
        r = complex(math.cos(y) * math.sinh(xm1) * math.e, math.sin(y) * math.cosh(xm1) * math.e)
    else:
        r = complex(math.cos(y) * math.sinh(x), math.sin(y) * math.cosh(x))
    return _check(r)


def _tanh(x, y):
    if fabs(x) > _LOG_LARGE:
        return complex(copysign(1.0, x), 4.0 * math.sin(y) * math.cos(y) * math.exp(-2.0 * fabs(x)))
    tx = math.tanh(x)
    ty = math.tan(y)
    cx = 1.0 / math.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def cosh(z):
    z = _complex(z, "cosh")
    return _cosh(z.real, z.imag)


def sinh(z):
    z = _complex(z, "sinh")
    return _sinh(z.real, z.imag)


def tanh(z):
    z = _complex(z, "tanh")
    return _tanh(z.real, z.imag)


def cos(z):
    # math.cos(z) = math.cosh(iz)
    z = _complex(z, "cos")
    return _cosh(-z.imag, z.real)


def sin(z):
    # math.sin(z) = -i math.sinh(iz)
    z = _complex(z, "sin")
    s = _sinh(-z.imag, z.real)
    return complex(s.imag, -s.real)


def tan(z):
    # math.tan(z) = -i math.tanh(iz)
    z = _complex(z, "tan")
    s = _tanh(-z.imag, z.real)
    return complex(s.imag, -s.real)


def _asinh(x, y):
    if fabs(x) > _LARGE or fabs(y) > _LARGE:
        if y >= 0.0:
            real = copysign(math.log(hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, x)
        else:
            real = -copysign(math.log(hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -x)
        return complex(real, atan2(y, fabs(x)))
    s1 = _sqrt(complex(1.0 + y, -x))
    s2 = _sqrt(complex(1.0 - y, x))
    return complex(math.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asinh(z):
    z = _complex(z, "asinh")
    return _asinh(z.real, z.imag)


def asin(z):
    # asin(z) = -i asinh(iz)
    z = _complex(z, "asin")
    s = _asinh(-z.imag, z.real)
    return complex(s.imag, -s.real)


def acos(z):
    z = _complex(z, "acos")
    x, y = z.real, z.imag
    if fabs(x) > _LARGE or fabs(y) > _LARGE:
        real = atan2(fabs(y), x)
        if x < 0.0:
            imag = -copysign(math.log(hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, y)
        else:
            imag = copysign(math.log(hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -y)
        return complex(real, imag)
    s1 = _sqrt(complex(1.0 - x, -y))
    s2 = _sqrt(complex(1.0 + x, y))
    return complex(2.0 * atan2(s1.real, s2.real), math.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z):
    z = _complex(z, "acosh")
    x, y = z.real, z.imag
    if fabs(x) > _LARGE or fabs(y) > _LARGE:
        return complex(math.log(hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, atan2(y, x))
    s1 = _sqrt(complex(x - 1.0, y))
    s2 = _sqrt(complex(x + 1.0, y))
    return complex(math.asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * atan2(s1.imag, s2.real))


def _atanh(x, y):
    if x < 0.0:
        r = _atanh(-x, -y)
        return complex(-r.real, -r.imag)
    ay = fabs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -copysign(math.pi / 2.0, -y))
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise _domain()
        return complex(-math.log(math.sqrt(ay) / math.sqrt(hypot(ay, 2.0))), copysign(atan2(2.0, -ay) / 2, y))
    return complex(log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                   -atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def atanh(z):
    z = _complex(z, "atanh")
    return _atanh(z.real, z.imag)


def atan(z):
    # atan(z) = -i atanh(iz)
    z = _complex(z, "atan")
    s = _atanh(-z.imag, z.real)
    return complex(s.imag, -s.real)


def phase(z):
    z = _as_complex(z)
    return atan2(z.imag, z.real)


def polar(z):
    z = _as_complex(z)
    r = hypot(z.real, z.imag)
    if math.isinf(r) and math.isfinite(z.real) and math.isfinite(z.imag):
        raise OverflowError("absolute value too large")
    return r, atan2(z.imag, z.real)


def rect(r, phi):
    r = float(r)
    phi = float(phi)
    if not (math.isfinite(r) and math.isfinite(phi)):
        raise NotImplementedError("cmath.rect of infinite or nan values is not supported by ferropy yet")
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * math.cos(phi), r * math.sin(phi))


def _as_complex(z):
    if isinstance(z, complex):
        return z
    if hasattr(type(z), "__complex__"):
        return type(z).__complex__(z)
    try:
        return complex(float(z))
    except TypeError:
        raise TypeError("must be real number, not %s" % type(z).__name__) from None


def isfinite(z):
    z = _as_complex(z)
    return math.isfinite(z.real) and math.isfinite(z.imag)


def isinf(z):
    z = _as_complex(z)
    return math.isinf(z.real) or math.isinf(z.imag)


def isnan(z):
    z = _as_complex(z)
    return math.isnan(z.real) or math.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _as_complex(a)
    b = _as_complex(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return (diff <= abs(rel_tol * b)) or (diff <= abs(rel_tol * a)) or (diff <= abs_tol)


sqrt = sqrt_
del sqrt_

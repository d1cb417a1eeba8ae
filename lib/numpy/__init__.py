"""ferropy's numpy: numpy 1.26's array API on a native core.

The real numpy is a C extension for CPython's C API, which ferropy does
not have; this package gives numpy's answers and prints numpy's text,
with the arrays and their kernels in Rust (crates/numeric, and `_numpy`
in crates/stdlib/src/numpy/). What it does not have yet raises
NotImplementedError naming it. docs/numpy.md describes the whole.
"""

import math as _math

import _ferropy
import _numpy

from . import _errors, _ufuncs
from ._array import array, asarray, asanyarray, ascontiguousarray, asfortranarray, flatiter, ndarray
from ._creation import (arange, diag, diagflat, empty, empty_like, eye, fromfunction, fromiter, frombuffer,
                        full, full_like, geomspace, identity, linspace, logspace, meshgrid, ones, ones_like,
                        tri, tril, triu, zeros, zeros_like)
from ._dtypes import (bool_, complex64, complex128, complexfloating, dtype, float32, float64, floating, generic,
                      inexact, int8, int16, int32, int64, integer, number, signedinteger, uint8, uint16, uint32,
                      uint64, unsignedinteger, SCALAR_TYPES_IN_ORDER as _SCALAR_TYPES_IN_ORDER)
from ._errors import (AxisError, ComplexWarning, TooHardError, errstate, geterr, seterr)
from ._functions import (allclose, append, argsort, argwhere, around, array_equal, array_equiv, array_split,
                         atleast_1d, atleast_2d, atleast_3d, bincount, broadcast_arrays, broadcast_shapes,
                         broadcast_to, can_cast, clip, column_stack, concatenate, convolve, copy, cross, delete,
                         diagonal, diff, digitize, dot, dstack, expand_dims, flatnonzero, flip, fliplr, flipud,
                         histogram, hsplit, hstack, imag, indices, inner, insert, interp, iscomplexobj, isclose,
                         isreal, isrealobj, isscalar, matmul, moveaxis, ndim, nonzero, outer, promote_types, ravel,
                         real, repeat, reshape, resize, result_type, roll, rot90, round_, row_stack, searchsorted,
                         select, shape, size, sort, split, squeeze, stack, swapaxes, tile, trace, transpose,
                         unique, vdot, vsplit, vstack, where)
from ._printing import (array2string, array_repr, array_str, format_float_positional, format_float_scientific,
                        get_printoptions, printoptions, set_printoptions)
from ._reductions import (all, amax, amin, any, argmax, argmin, average, count_nonzero, cumprod, cumsum, max,
                          mean, median, min, nanmax, nanmean, nanmin, nansum, percentile, prod, ptp, quantile,
                          std, sum, var)
from ._ufuncs import ufunc, UFUNCS as _UFUNCS
from ._names import NUMPY_NAMES as _NUMPY_NAMES

globals().update(_UFUNCS)
round = around

__version__ = "1.26.4"

# numpy's constants and aliases (on 64-bit Linux).
pi = _math.pi
e = _math.e
inf = Inf = infty = PINF = float("inf")
NINF = -inf
nan = NaN = NAN = float("nan")
NZERO = -0.0
PZERO = 0.0
euler_gamma = 0.5772156649015329
newaxis = None
little_endian = True
ALLOW_THREADS = 1
bool8 = bool_
byte, ubyte = int8, uint8
short, ushort = int16, uint16
intc, uintc = int32, uint32
int_ = intp = long = longlong = int64
uint = uintp = ulong = ulonglong = uint64
single, double, float_ = float32, float64, float64
csingle, cdouble, complex_, cfloat = complex64, complex128, complex128, complex128
Infinity = inf

for _cls in (ndarray, dtype, ufunc, flatiter, generic, number, integer, signedinteger, unsignedinteger, inexact,
             floating, complexfloating, bool_, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float32,
             float64, complex64, complex128):
    _cls.__module__ = "numpy"
    # Written in C in numpy: named `numpy.ndarray` in messages, attributes fixed.
    _ferropy.immutable_type(_cls)
for _cls in (AxisError, ComplexWarning, TooHardError):
    _cls.__module__ = "numpy.exceptions"
_errors.UFuncTypeError.__module__ = "numpy.core._exceptions"

_numpy.register(ndarray, _SCALAR_TYPES_IN_ORDER, _errors.fp_error, AxisError)


def __getattr__(name):
    if name in _NUMPY_NAMES:
        raise NotImplementedError(f"numpy.{name} is not implemented in ferropy's numpy yet")
    raise AttributeError(f"module 'numpy' has no attribute '{name}'")


def __dir__():
    return sorted(set(globals()) | {"__version__"})

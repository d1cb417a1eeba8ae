"""The ndarray type: attributes, indexing, conversion and the methods
that forward to numpy's functions."""

import _numpy

from . import _arith
from ._dtypes import dtype as _dtype


class flagsobj:
    """`a.flags`."""

    def __init__(self, info):
        self.c_contiguous = self.C_CONTIGUOUS = info[3]
        self.f_contiguous = self.F_CONTIGUOUS = info[4]
        self.writeable = self.WRITEABLE = info[5]
        self.owndata = self.OWNDATA = info[6]
        self.aligned = self.ALIGNED = True
        self.writebackifcopy = self.WRITEBACKIFCOPY = False

    def __getitem__(self, key):
        return getattr(self, key.upper() if len(key) > 1 else {"C": "C_CONTIGUOUS", "F": "F_CONTIGUOUS",
                                                                  "W": "WRITEABLE", "O": "OWNDATA"}[key])

    def __repr__(self):
        rows = [("C_CONTIGUOUS", self.c_contiguous), ("F_CONTIGUOUS", self.f_contiguous), ("OWNDATA", self.owndata),
                ("WRITEABLE", self.writeable), ("ALIGNED", True), ("WRITEBACKIFCOPY", False)]
        return "\n".join(f"  {name} : {value}" for name, value in rows) + "\n"


def _shape_arg(args):
    if len(args) == 1 and not isinstance(args[0], int) and not hasattr(args[0], "__index__"):
        return tuple(args[0])
    if len(args) == 1 and hasattr(args[0], "__len__"):
        return tuple(args[0])
    return args


class ndarray(_numpy.base, _arith.Arithmetic):
    """numpy's n-dimensional array."""

    __slots__ = ()
    __array_priority__ = 0.0
    __hash__ = None

    def __new__(cls, shape, dtype=float, buffer=None, offset=0, strides=None, order=None):
        if buffer is not None or strides is not None:
            raise NotImplementedError("ndarray(buffer=..., strides=...) is not implemented in ferropy's numpy yet")
        return _numpy.full(shape, _dtype(dtype).name, None)

    # --- attributes -----------------------------------------------------
    @property
    def shape(self):
        return _numpy.info(self)[0]

    @shape.setter
    def shape(self, value):
        _numpy.set_shape(self, value)

    @property
    def ndim(self):
        return len(_numpy.info(self)[0])

    @property
    def size(self):
        n = 1
        for k in _numpy.info(self)[0]:
            n *= k
        return n

    @property
    def dtype(self):
        return _dtype(_numpy.info(self)[2])

    @property
    def itemsize(self):
        return self.dtype.itemsize

    @property
    def nbytes(self):
        return self.size * self.dtype.itemsize

    @property
    def strides(self):
        return _numpy.info(self)[1]

    @property
    def flags(self):
        return flagsobj(_numpy.info(self))

    @property
    def T(self):
        return _numpy.transpose(self, None)

    @property
    def base(self):
        return None if _numpy.info(self)[6] else ...

    @property
    def real(self):
        if self.dtype.kind == "c":
            from ._functions import real
            return real(self)
        return self

    @property
    def imag(self):
        from ._functions import imag
        return imag(self)

    @property
    def flat(self):
        return flatiter(self)

    @property
    def data(self):
        return memoryview(self.tobytes())

    # --- indexing and conversion ------------------------------------------
    def __getitem__(self, key):
        return _numpy.getitem(self, key)

    def __setitem__(self, key, value):
        _numpy.setitem(self, key, value)

    def __len__(self):
        shape = _numpy.info(self)[0]
        if not shape:
            raise TypeError("len() of unsized object")
        return shape[0]

    def __iter__(self):
        shape = _numpy.info(self)[0]
        if not shape:
            raise TypeError("iteration over a 0-d array")
        for i in range(shape[0]):
            yield _numpy.getitem(self, i)

    def __contains__(self, value):
        return bool((self == value).any())

    def __bool__(self):
        size = self.size
        if size == 1:
            return bool(_numpy.item(self, None))
        if size == 0:
            import warnings
            warnings.warn("The truth value of an empty array is ambiguous. Returning False, but in future this "
                          "will result in an error. Use `array.size > 0` to check that an array is not empty.",
                          DeprecationWarning, stacklevel=2)
            return False
        raise ValueError("The truth value of an array with more than one element is ambiguous. "
                         "Use a.any() or a.all()")

    def __int__(self):
        return int(self._only_item("int"))

    def __float__(self):
        return float(self._only_item("float"))

    def __complex__(self):
        return complex(self._only_item("complex"))

    def __index__(self):
        if self.ndim != 0 or self.dtype.kind not in "iub":
            raise TypeError("only integer scalar arrays can be converted to a scalar index")
        return int(_numpy.item(self, None))

    def _only_item(self, kind):
        if self.size != 1:
            raise TypeError("only length-1 arrays can be converted to Python scalars")
        if self.ndim > 0:
            import warnings
            from ._errors import _user_stacklevel
            warnings.warn("Conversion of an array with ndim > 0 to a scalar is deprecated, and will error in future. "
                          "Ensure you extract a single element from your array before performing this operation. "
                          "(Deprecated NumPy 1.25.)", DeprecationWarning, stacklevel=_user_stacklevel())
        return _numpy.item(self, None)

    def __repr__(self):
        from ._printing import _native_options
        return _numpy.format_array(self, _native_options(), "repr")

    def __str__(self):
        from ._printing import array_str
        return array_str(self)

    def __format__(self, spec):
        if self.ndim == 0:
            return format(self.item(), spec)
        if spec:
            raise TypeError("unsupported format string passed to numpy.ndarray.__format__")
        return str(self)

    def __array__(self, dtype=None):
        return self if dtype is None else self.astype(dtype)

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        return self.copy()

    def __reduce__(self):
        return (_reconstruct, (self.tolist(), self.dtype.name, self.shape))

    def tolist(self):
        return _numpy.tolist(self)

    def item(self, *args):
        if not args:
            return _numpy.item(self, None)
        if len(args) == 1:
            return _numpy.item(self, args[0])
        return _numpy.item(self[args], None)

    def tobytes(self, order="C"):
        import struct
        codes = {"bool": "?", "int8": "b", "uint8": "B", "int16": "h", "uint16": "H", "int32": "i", "uint32": "I",
                 "int64": "q", "uint64": "Q", "float32": "f", "float64": "d"}
        values = self.ravel().tolist()
        name = self.dtype.name
        if name in ("complex64", "complex128"):
            code = "f" if name == "complex64" else "d"
            flat = [part for c in values for part in (c.real, c.imag)]
            return struct.pack(f"<{len(flat)}{code}", *flat)
        return struct.pack(f"<{len(values)}{codes[name]}", *values)

    def fill(self, value):
        _numpy.fill(self, value)

    def copy(self, order="C"):
        return _numpy.copy(self, None)

    def astype(self, dtype, order="K", casting="unsafe", subok=True, copy=True):
        target = _dtype(dtype)
        if target.kind == "f" and self.dtype.kind == "c" or target.kind in "iub" and self.dtype.kind == "c":
            import warnings
            from ._errors import ComplexWarning
            warnings.warn("Casting complex values to real discards the imaginary part", ComplexWarning,
                          stacklevel=2)
        if not copy and target == self.dtype:
            return self
        return _numpy.copy(self, target.name)

    def view(self, dtype=None, type=None):
        if dtype is not None and _dtype(dtype) != self.dtype:
            raise NotImplementedError("ndarray.view with another dtype is not implemented in ferropy's numpy yet")
        return _numpy.getitem(self, ...)

    def reshape(self, *shape, order="C"):
        return _numpy.reshape(self, _shape_arg(shape), order)

    def resize(self, *shape, refcheck=True):
        raise NotImplementedError("ndarray.resize (in place) is not implemented in ferropy's numpy yet")

    def ravel(self, order="C"):
        return _numpy.reshape(self, (-1,), order)

    def flatten(self, order="C"):
        return _numpy.copy(_numpy.reshape(self, (-1,), order), None)

    def transpose(self, *axes):
        if not axes or axes == (None,):
            return _numpy.transpose(self, None)
        return _numpy.transpose(self, _shape_arg(axes))

    def swapaxes(self, axis1, axis2):
        from ._functions import swapaxes
        return swapaxes(self, axis1, axis2)

    def squeeze(self, axis=None):
        from ._functions import squeeze
        return squeeze(self, axis)

    def nonzero(self):
        return _numpy.nonzero(self)

    def dot(self, other):
        from ._functions import dot
        return dot(self, other)

    def clip(self, min=None, max=None, out=None):
        from ._functions import clip
        return clip(self, min, max, out=out)

    def round(self, decimals=0, out=None):
        from ._functions import around
        return around(self, decimals, out=out)

    def repeat(self, repeats, axis=None):
        from ._functions import repeat
        return repeat(self, repeats, axis)

    def sort(self, axis=-1, kind=None, order=None):
        from ._functions import sort
        self[...] = sort(self, axis)

    def argsort(self, axis=-1, kind=None, order=None):
        from ._functions import argsort
        return argsort(self, axis)

    def searchsorted(self, v, side="left", sorter=None):
        from ._functions import searchsorted
        return searchsorted(self, v, side, sorter)

    def diagonal(self, offset=0, axis1=0, axis2=1):
        from ._functions import diagonal
        return diagonal(self, offset, axis1, axis2)

    def trace(self, offset=0, axis1=0, axis2=1, dtype=None, out=None):
        from ._functions import trace
        return trace(self, offset, axis1, axis2, dtype, out)

    def conj(self):
        return _numpy.unary("conjugate", self)

    conjugate = conj

    # --- reductions -----------------------------------------------------
    def sum(self, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True):
        from ._reductions import sum
        return sum(self, axis, dtype, out, keepdims, initial, where)

    def prod(self, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True):
        from ._reductions import prod
        return prod(self, axis, dtype, out, keepdims, initial, where)

    def mean(self, axis=None, dtype=None, out=None, keepdims=False, *, where=True):
        from ._reductions import mean
        return mean(self, axis, dtype, out, keepdims, where=where)

    def var(self, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True):
        from ._reductions import var
        return var(self, axis, dtype, out, ddof, keepdims, where=where)

    def std(self, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True):
        from ._reductions import std
        return std(self, axis, dtype, out, ddof, keepdims, where=where)

    def min(self, axis=None, out=None, keepdims=False, initial=None, where=True):
        from ._reductions import amin
        return amin(self, axis, out, keepdims, initial, where)

    def max(self, axis=None, out=None, keepdims=False, initial=None, where=True):
        from ._reductions import amax
        return amax(self, axis, out, keepdims, initial, where)

    def ptp(self, axis=None, out=None, keepdims=False):
        from ._reductions import ptp
        return ptp(self, axis, out, keepdims)

    def argmin(self, axis=None, out=None, *, keepdims=False):
        from ._reductions import argmin
        return argmin(self, axis, out, keepdims=keepdims)

    def argmax(self, axis=None, out=None, *, keepdims=False):
        from ._reductions import argmax
        return argmax(self, axis, out, keepdims=keepdims)

    def any(self, axis=None, out=None, keepdims=False, *, where=True):
        from ._reductions import any
        return any(self, axis, out, keepdims, where=where)

    def all(self, axis=None, out=None, keepdims=False, *, where=True):
        from ._reductions import all
        return all(self, axis, out, keepdims, where=where)

    def cumsum(self, axis=None, dtype=None, out=None):
        from ._reductions import cumsum
        return cumsum(self, axis, dtype, out)

    def cumprod(self, axis=None, dtype=None, out=None):
        from ._reductions import cumprod
        return cumprod(self, axis, dtype, out)


def _reconstruct(values, dtype_name, shape):
    return array(values, dtype_name).reshape(shape)


class flatiter:
    """`a.flat`: the elements in C order, indexable and assignable."""

    def __init__(self, base):
        self.base = base
        self._flat = base.reshape(-1) if base.flags.c_contiguous else None

    def __iter__(self):
        return iter(self.base.ravel())

    def __len__(self):
        return self.base.size

    def __getitem__(self, key):
        return self.base.ravel()[key]

    def __setitem__(self, key, value):
        if self._flat is None:
            raise NotImplementedError("assignment through .flat of a non-contiguous array is not implemented "
                                      "in ferropy's numpy yet")
        self._flat[key] = value

    def copy(self):
        return self.base.flatten()


def array(object, dtype=None, *, copy=True, order="K", subok=False, ndmin=0, like=None):
    """`np.array`: a new array from nested sequences, numbers or arrays."""
    name = None if dtype is None else _dtype(dtype).name
    if not isinstance(object, ndarray) and hasattr(object, "__array__") and not isinstance(object, _arith.Arithmetic):
        object = object.__array__()
    result = _numpy.asarray(object, name, bool(copy))
    if ndmin and result.ndim < ndmin:
        result = result.reshape((1,) * (ndmin - result.ndim) + result.shape)
    return result


def asarray(a, dtype=None, order=None, *, like=None):
    name = None if dtype is None else _dtype(dtype).name
    return _numpy.asarray(a, name, False)


def asanyarray(a, dtype=None, order=None, *, like=None):
    return asarray(a, dtype)


def ascontiguousarray(a, dtype=None, *, like=None):
    a = asarray(a, dtype)
    return a if a.flags.c_contiguous else a.copy()


def asfortranarray(a, dtype=None, *, like=None):
    raise NotImplementedError("Fortran-ordered arrays (asfortranarray) are not implemented in ferropy's numpy yet")

"""numpy's dtype objects and scalar types.

A scalar of an integer, bool, float32 or complex64 type is a 0-d array
of that type (its class derives from `_numpy.base`); float64 and
complex128 derive from Python's float and complex, as numpy's do.
Arithmetic on scalars goes through the same ufuncs as on arrays.
"""

import _numpy

from . import _arith

_DTYPE_ORDER = ("bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
                "float32", "float64", "complex64", "complex128")


class dtype:
    """A data type: `np.dtype('f8')`, `np.dtype(np.int32)`, `a.dtype`."""

    __slots__ = ("name", "kind", "char", "itemsize", "str", "type")
    _cache = {}

    def __new__(cls, obj=None, align=False, copy=False):
        if isinstance(obj, dtype):
            return obj
        name = _dtype_name(obj)
        found = cls._cache.get(name)
        if found is not None:
            return found
        info = _numpy.dtype_info(name)
        self = object.__new__(cls)
        self.name, self.kind, self.char, self.itemsize, self.str = info
        self.type = _SCALAR_TYPES[self.name]
        cls._cache[name] = self
        return self

    @property
    def byteorder(self):
        return "|" if self.itemsize == 1 else "="

    @property
    def num(self):
        return (0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15)[_DTYPE_ORDER.index(self.name)]

    @property
    def isbuiltin(self):
        return 1

    @property
    def shape(self):
        return ()

    @property
    def ndim(self):
        return 0

    @property
    def names(self):
        return None

    @property
    def fields(self):
        return None

    @property
    def alignment(self):
        return self.itemsize // 2 if self.kind == "c" else self.itemsize

    @property
    def descr(self):
        return [("", self.str)]

    def newbyteorder(self, order="S"):
        raise NotImplementedError("non-native byte orders are not implemented in ferropy's numpy")

    def __repr__(self):
        return f"dtype('{self.name}')"

    def __str__(self):
        return self.name

    def __eq__(self, other):
        if isinstance(other, dtype):
            return self is other
        try:
            return self is dtype(other)
        except TypeError:
            return False

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(("dtype", self.name))

    def __reduce__(self):
        return (dtype, (self.name,))


def _dtype_name(obj):
    """The name of the dtype `obj` stands for."""
    if obj is None:
        return "float64"
    if isinstance(obj, str):
        if obj in ("U", "S", "O", "a", "str", "object", "bytes", "str_", "bytes_", "object_") or obj[:2] in ("<U", "|S", "<M", "<m", "|O"):
            raise NotImplementedError(
                f"numpy dtype {obj!r} (strings, objects, dates) is not implemented in ferropy yet")
        return _numpy.dtype_info(obj)[0]
    if isinstance(obj, type):
        if obj is bool:
            return "bool"
        if obj is int:
            return "int64"
        if obj is float:
            return "float64"
        if obj is complex:
            return "complex128"
        name = _TYPE_NAMES.get(obj)
        if name is not None:
            return name
        if obj in (str, bytes, object):
            raise NotImplementedError(f"numpy arrays of {obj.__name__} are not implemented in ferropy yet")
    found = getattr(obj, "dtype", None)
    if isinstance(found, dtype):
        return found.name
    raise TypeError(f"Cannot interpret '{obj!r}' as a data type")


class generic(_arith.Arithmetic):
    """Base class of numpy's scalar types."""

    __slots__ = ()
    _scalar_math = True

    @property
    def dtype(self):
        return dtype(_base_name(type(self)))

    @property
    def shape(self):
        return ()

    @property
    def ndim(self):
        return 0

    @property
    def size(self):
        return 1

    @property
    def itemsize(self):
        return self.dtype.itemsize

    @property
    def nbytes(self):
        return self.dtype.itemsize

    @property
    def T(self):
        return self

    @property
    def real(self):
        value = _numpy.item(self, None)
        if isinstance(value, complex):
            return _numpy.make_scalar("float32" if type(self) is complex64 else "float64", value.real)
        return self

    @property
    def imag(self):
        value = _numpy.item(self, None)
        if isinstance(value, complex):
            return _numpy.make_scalar("float32" if type(self) is complex64 else "float64", value.imag)
        return _numpy.make_scalar(self.dtype.name, 0)

    def item(self, *args):
        return _numpy.item(self, None)

    def tolist(self):
        return _numpy.item(self, None)

    def astype(self, dtype_, copy=True):
        return _numpy.make_scalar(dtype(dtype_).name, self)

    def __array__(self, dtype_=None):
        from ._array import asarray
        return asarray(self, dtype_)

    def __bool__(self):
        return bool(_numpy.item(self, None))

    def __int__(self):
        return int(_numpy.item(self, None))

    def __float__(self):
        return float(_numpy.item(self, None))

    def __complex__(self):
        return complex(_numpy.item(self, None))

    def __hash__(self):
        return hash(_numpy.item(self, None))

    def __repr__(self):
        return str(_numpy.item(self, None))

    __str__ = __repr__

    def __format__(self, spec):
        return format(_numpy.item(self, None), spec)

    def __reduce__(self):
        return (type(self), (_numpy.item(self, None),))

    def __new__(cls, value=0):
        return _numpy.make_scalar(_base_name(cls), value)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _array_method(name):
    def method(self, *args, **kwargs):
        from ._array import asarray
        return getattr(asarray(self), name)(*args, **kwargs)
    method.__name__ = name
    return method


# A numpy scalar has the array methods, answering as a 0-d array would.
for _name in ("all", "any", "argmax", "argmin", "clip", "conj", "conjugate", "copy", "cumprod", "cumsum", "fill",
              "flatten", "max", "mean", "min", "nonzero", "prod", "ptp", "ravel", "repeat", "reshape", "round",
              "squeeze", "std", "sum", "swapaxes", "transpose", "var", "view", "tobytes"):
    setattr(generic, _name, _array_method(_name))
del _name


def _float32_text(x):
    # As inside Python's complex repr: an integral part without ".0".
    text = _numpy.format_scalar(_numpy.make_scalar("float32", x))
    return text[:-2] if text.endswith(".0") else text


def _base_name(cls):
    for klass in cls.__mro__:
        if klass in _TYPE_NAMES:
            return _TYPE_NAMES[klass]
    raise TypeError(f"cannot create a numpy scalar of abstract type {cls.__name__}")


class number(generic):
    __slots__ = ()


class integer(number):
    __slots__ = ()

    def __index__(self):
        return _numpy.item(self, None)

    def is_integer(self):
        return True

    @property
    def numerator(self):
        return self

    @property
    def denominator(self):
        return 1


class signedinteger(integer):
    __slots__ = ()


class unsignedinteger(integer):
    __slots__ = ()


class inexact(number):
    __slots__ = ()


class floating(inexact):
    __slots__ = ()

    def is_integer(self):
        return float(self).is_integer()

    def as_integer_ratio(self):
        return float(self).as_integer_ratio()


class complexfloating(inexact):
    __slots__ = ()


class bool_(generic, _numpy.base):
    __slots__ = ()

    def __new__(cls, value=False):
        return _numpy.make_scalar("bool", bool(value))

    def __index__(self):
        # numpy 1.26 still allows bools as indices here, with no warning.
        return int(_numpy.item(self, None))


class int8(signedinteger, _numpy.base):
    __slots__ = ()


class int16(signedinteger, _numpy.base):
    __slots__ = ()


class int32(signedinteger, _numpy.base):
    __slots__ = ()


class int64(signedinteger, _numpy.base):
    __slots__ = ()


class uint8(unsignedinteger, _numpy.base):
    __slots__ = ()


class uint16(unsignedinteger, _numpy.base):
    __slots__ = ()


class uint32(unsignedinteger, _numpy.base):
    __slots__ = ()


class uint64(unsignedinteger, _numpy.base):
    __slots__ = ()


class float32(floating, _numpy.base):
    __slots__ = ()

    def __repr__(self):
        return _numpy.format_scalar(self)

    __str__ = __repr__


class float64(floating, float):
    __slots__ = ()

    def __new__(cls, value=0.0):
        if isinstance(value, str):
            return float.__new__(cls, value)
        return _numpy.make_scalar("float64", value)

    def __repr__(self):
        return float.__repr__(self)

    __str__ = __repr__


class complex64(complexfloating, _numpy.base):
    __slots__ = ()

    def __repr__(self):
        # As Python writes a complex, with float32's shortest digits.
        value = _numpy.item(self, None)
        imag = _float32_text(value.imag)
        if value.real == 0 and str(value.real)[0] != "-":
            return imag + "j"
        sign = "" if imag[0] in "-+" else "+"
        return f"({_float32_text(value.real)}{sign}{imag}j)"

    __str__ = __repr__


class complex128(complexfloating, complex):
    __slots__ = ()

    def __new__(cls, real=0, imag=0):
        return _numpy.make_scalar("complex128", complex(real, imag))

    def __repr__(self):
        return complex.__repr__(self)

    __str__ = __repr__


_TYPE_NAMES = {
    bool_: "bool", int8: "int8", uint8: "uint8", int16: "int16", uint16: "uint16", int32: "int32",
    uint32: "uint32", int64: "int64", uint64: "uint64", float32: "float32", float64: "float64",
    complex64: "complex64", complex128: "complex128",
}
_SCALAR_TYPES = {name: cls for cls, name in _TYPE_NAMES.items()}
SCALAR_TYPES_IN_ORDER = tuple(_SCALAR_TYPES[name] for name in _DTYPE_ORDER)

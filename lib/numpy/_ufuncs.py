"""numpy's universal functions: `np.add`, `np.sqrt`, ... as ufunc objects
with `out=`, `where=`, `dtype=`, and the methods reduce, accumulate and
outer. The element loops are native (crates/numeric/src/ufunc/)."""

import _numpy

from . import _errors

_BINARY = (
    "add", "subtract", "multiply", "divide", "floor_divide", "remainder", "fmod", "power", "maximum",
    "minimum", "fmax", "fmin", "arctan2", "hypot", "copysign", "logaddexp", "logaddexp2", "bitwise_and",
    "bitwise_or", "bitwise_xor", "left_shift", "right_shift", "logical_and", "logical_or", "logical_xor",
    "equal", "not_equal", "less", "less_equal", "greater", "greater_equal",
)
_UNARY = (
    "negative", "positive", "absolute", "sign", "square", "reciprocal", "sqrt", "cbrt", "exp", "exp2",
    "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh",
    "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "degrees", "radians", "floor", "ceil", "trunc", "rint",
    "isnan", "isinf", "isfinite", "signbit", "logical_not", "invert", "conjugate",
)
_IDENTITY = {"add": 0, "multiply": 1, "logical_and": True, "logical_or": False, "bitwise_and": -1,
             "bitwise_or": 0, "bitwise_xor": 0, "logical_xor": False}
_REDUCIBLE = {"add": "sum", "multiply": "prod", "maximum": "max", "minimum": "min", "fmax": "max", "fmin": "min",
              "logical_and": "all", "logical_or": "any"}

# What `same_kind` casting allows: to a kind of the same or a higher rank.
_KIND_RANK = {"b": 0, "u": 1, "i": 1, "f": 2, "c": 3}


def can_cast_same_kind(source, target):
    from ._dtypes import dtype
    source, target = dtype(source), dtype(target)
    if _numpy.promote_types(source.name, target.name) == target.name:
        return True
    return _KIND_RANK[target.kind] >= _KIND_RANK[source.kind]


class ufunc:
    """A numpy universal function."""

    def __init__(self, name, nin):
        self.__name__ = name
        self.nin = nin
        self.nout = 1
        self.nargs = nin + 1
        self.identity = _IDENTITY.get(name)

    def __repr__(self):
        return f"<ufunc '{self.__name__}'>"

    def __call__(self, *args, out=None, where=True, dtype=None, casting="same_kind", **kwargs):
        if len(args) > self.nin:
            if out is not None:
                raise TypeError("cannot specify 'out' as both a positional and keyword argument")
            args, out = args[:self.nin], args[self.nin]
        if len(args) != self.nin:
            raise TypeError(f"{self.__name__}() takes from {self.nin} to {self.nin + 1} positional arguments "
                            f"but {len(args)} were given")
        if isinstance(out, tuple):
            out = out[0]
        dtype_name = None if dtype is None else _dtype(dtype).name
        if self.nin == 2:
            result = _numpy.binary(_NATIVE_NAMES.get(self.__name__, self.__name__), args[0], args[1], dtype_name)
        else:
            if dtype_name is not None:
                from ._array import asarray
                args = (asarray(args[0], dtype_name),)
            result = _numpy.unary(self.__name__, args[0])
        if out is None and where is True:
            return result
        return _store(self.__name__, result, out, where, casting)

    def reduce(self, array, axis=0, dtype=None, out=None, keepdims=False, initial=None, where=True):
        from ._reductions import ufunc_reduce
        return ufunc_reduce(self, array, axis, dtype, out, keepdims, initial, where)

    def accumulate(self, array, axis=0, dtype=None, out=None):
        from ._reductions import accumulate
        return accumulate(self, array, axis, dtype, out)

    def outer(self, a, b, **kwargs):
        from ._array import asarray
        a, b = asarray(a), asarray(b)
        return self(a.reshape(a.shape + (1,) * b.ndim), b, **kwargs)


def _dtype(value):
    from ._dtypes import dtype
    return dtype(value)


def _store(name, result, out, where, casting):
    """Writes a ufunc's result into `out` (where `where` is true)."""
    from ._array import asarray, ndarray
    if out is None:
        from ._creation import zeros
        out = zeros(getattr(result, "shape", ()), getattr(result, "dtype", None) or "float64")
    if not isinstance(out, ndarray):
        raise TypeError("return arrays must be of ArrayType")
    result_dtype = asarray(result).dtype
    if casting == "same_kind" and not can_cast_same_kind(result_dtype, out.dtype):
        raise _errors.UFuncTypeError(
            f"Cannot cast ufunc '{name}' output from {result_dtype!r} to {out.dtype!r} with casting rule 'same_kind'")
    if where is True:
        out[...] = result
    else:
        mask = asarray(where, "bool")
        out[mask] = asarray(result)[mask] if asarray(result).shape == mask.shape else \
            _numpy.broadcast_to(result, out.shape)[mask]
    return out


_NATIVE_NAMES = {"true_divide": "divide"}

UFUNCS = {}
for _name in _BINARY:
    UFUNCS[_name] = ufunc(_name, 2)
for _name in _UNARY:
    UFUNCS[_name] = ufunc(_name, 1)
UFUNCS["true_divide"] = UFUNCS["divide"]
UFUNCS["abs"] = UFUNCS["absolute"]
UFUNCS["conj"] = UFUNCS["conjugate"]
UFUNCS["bitwise_not"] = UFUNCS["invert"]
UFUNCS["rad2deg"] = ufunc("rad2deg", 1)
UFUNCS["deg2rad"] = ufunc("deg2rad", 1)
UFUNCS["mod"] = UFUNCS["remainder"]
globals().update(UFUNCS)

"""Reductions (sum, prod, mean, var, std, min, max, argmin, argmax, any,
all, ptp, cumsum, cumprod, median, percentile, average and the nan-
versions), with numpy's steps so that float results agree to the bit."""

import builtins

import _numpy

from ._array import asarray, ndarray
from ._dtypes import dtype as _dtype


def _name(dtype):
    return None if dtype is None else _dtype(dtype).name


def _finish(result, out):
    if out is None:
        return result
    out[...] = result
    return out


def _reduce(name, a, axis, dtype, out, keepdims, initial=None, where=True):
    if where is not True:
        raise NotImplementedError(f"numpy.{name}(where=...) is not implemented in ferropy yet")
    a = asarray(a)
    result = _numpy.reduce(name, a, axis, _name(dtype), keepdims)
    if initial is not None:
        from . import _ufuncs
        op = {"sum": _ufuncs.add, "prod": _ufuncs.multiply, "min": _ufuncs.minimum, "max": _ufuncs.maximum}[name]
        result = op(result, initial)
    return _finish(result, out)


def sum(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True):
    return _reduce("sum", a, axis, dtype, out, keepdims, initial, where)


def prod(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True):
    return _reduce("prod", a, axis, dtype, out, keepdims, initial, where)


def amin(a, axis=None, out=None, keepdims=False, initial=None, where=True):
    return _reduce("min", a, axis, None, out, keepdims, initial, where)


def amax(a, axis=None, out=None, keepdims=False, initial=None, where=True):
    return _reduce("max", a, axis, None, out, keepdims, initial, where)


min, max = amin, amax


def any(a, axis=None, out=None, keepdims=False, *, where=True):
    return _reduce("any", a, axis, None, out, keepdims, None, where)


def all(a, axis=None, out=None, keepdims=False, *, where=True):
    return _reduce("all", a, axis, None, out, keepdims, None, where)


def argmin(a, axis=None, out=None, *, keepdims=False):
    return _arg("argmin", a, axis, out, keepdims)


def argmax(a, axis=None, out=None, *, keepdims=False):
    return _arg("argmax", a, axis, out, keepdims)


def _arg(name, a, axis, out, keepdims):
    a = asarray(a)
    if axis is None:
        result = _numpy.reduce(name, a.ravel(), None, None, False)
        if keepdims:
            result = asarray(result).reshape((1,) * a.ndim)
    else:
        result = _numpy.reduce(name, a, axis, None, keepdims)
    return _finish(result, out)


def ptp(a, axis=None, out=None, keepdims=False):
    return _finish(amax(a, axis, None, keepdims) - amin(a, axis, None, keepdims), out)


def _count(a, axis):
    """How many elements a reduction over `axis` combines into each result."""
    from ._functions import _axis
    if axis is None:
        return a.size
    axes = (axis,) if not isinstance(axis, tuple) else axis
    n = 1
    for ax in axes:
        n *= a.shape[_axis(ax, a.ndim)]
    return n


def _scalar_like(total, quotient):
    """A scalar quotient in the type of the sum, as numpy's
    `ret.dtype.type(ret / rcount)` (a float32 sum over a Python int count
    would otherwise promote to float64)."""
    if isinstance(quotient, ndarray):
        return quotient
    return asarray(total).dtype.type(quotient)


def mean(a, axis=None, dtype=None, out=None, keepdims=False, *, where=True):
    a = asarray(a)
    if where is not True:
        raise NotImplementedError("numpy.mean(where=...) is not implemented in ferropy yet")
    if dtype is None and a.dtype.kind in "iub":
        dtype = "float64"
    n = _count(a, axis)
    if n == 0:
        import warnings
        warnings.warn("Mean of empty slice.", RuntimeWarning, stacklevel=2)
    from . import _ufuncs
    total = _numpy.reduce("sum", a, axis, _name(dtype), keepdims)
    return _finish(_scalar_like(total, _ufuncs.divide(total, n)), out)


def var(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True):
    from . import _ufuncs
    a = asarray(a)
    if where is not True:
        raise NotImplementedError("numpy.var(where=...) is not implemented in ferropy yet")
    n = _count(a, axis)
    if dtype is None and a.dtype.kind in "iub":
        dtype = "float64"
    arrmean = _numpy.reduce("sum", a, axis, _name(dtype), True)
    arrmean = _ufuncs.divide(arrmean, n)
    x = asarray(a - arrmean)
    if x.dtype.kind == "c":
        x = _ufuncs.multiply(x, _ufuncs.conjugate(x)).real
    else:
        x = _ufuncs.multiply(x, x)
    total = _numpy.reduce("sum", x, axis, _name(dtype), keepdims)
    divisor = builtins.max(n - ddof, 0)
    if n - ddof <= 0:
        import warnings
        warnings.warn("Degrees of freedom <= 0 for slice", RuntimeWarning, stacklevel=2)
    return _finish(_scalar_like(total, _ufuncs.divide(total, divisor)), out)


def std(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True):
    from . import _ufuncs
    result = _ufuncs.sqrt(var(a, axis, dtype, None, ddof, keepdims, where=where))
    return _finish(result, out)


def _accumulate(name, a, axis, dtype):
    a = asarray(a)
    if axis is None:
        a, axis = a.ravel(), 0
    return _numpy.accumulate(name, a, axis, _name(dtype))


def cumsum(a, axis=None, dtype=None, out=None):
    return _finish(_accumulate("sum", a, axis, dtype), out)


def cumprod(a, axis=None, dtype=None, out=None):
    return _finish(_accumulate("prod", a, axis, dtype), out)


def count_nonzero(a, axis=None, *, keepdims=False):
    a = asarray(a)
    return _numpy.reduce("sum", a.astype(bool), axis, "int64", keepdims)


def ufunc_reduce(ufunc, array, axis, dtype, out, keepdims, initial, where):
    if ufunc.__name__ in ("fmin", "fmax"):
        return _nan_extreme(ufunc.__name__[1:], array, axis, out, keepdims)
    name = {"add": "sum", "multiply": "prod", "maximum": "max", "minimum": "min", "logical_and": "all",
            "logical_or": "any"}.get(ufunc.__name__)
    if name is None:
        raise NotImplementedError(f"numpy.{ufunc.__name__}.reduce is not implemented in ferropy yet")
    return _reduce(name, array, axis, dtype, out, keepdims, initial, where)


def accumulate(ufunc, array, axis, dtype, out):
    name = {"add": "sum", "multiply": "prod"}.get(ufunc.__name__)
    if name is None:
        raise NotImplementedError(f"numpy.{ufunc.__name__}.accumulate is not implemented in ferropy yet")
    return _finish(_accumulate(name, array, axis, dtype), out)


def nansum(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True):
    from ._functions import where as choose
    from . import _ufuncs
    a = asarray(a)
    if a.dtype.kind in "fc":
        a = choose(_ufuncs.isnan(a), 0, a)
    return sum(a, axis, dtype, out, keepdims, initial, where)


def nanmean(a, axis=None, dtype=None, out=None, keepdims=False, *, where=True):
    from ._functions import where as choose
    from . import _ufuncs
    a = asarray(a)
    if a.dtype.kind not in "fc":
        return mean(a, axis, dtype, out, keepdims)
    mask = _ufuncs.isnan(a)
    total = sum(choose(mask, 0, a), axis, dtype, None, keepdims)
    count = sum(_ufuncs.logical_not(mask), axis, "int64" if dtype is None else dtype, None, keepdims)
    return _finish(_ufuncs.divide(total, count), out)


def _nan_extreme(name, a, axis, out, keepdims):
    """nanmin/nanmax: NaNs left out; a slice of NaNs only gives NaN and
    numpy's warning."""
    from . import _ufuncs
    from ._functions import where as choose
    a = asarray(a)
    if a.dtype.kind not in "fc":
        return _reduce(name, a, axis, None, out, keepdims)
    mask = _ufuncs.isnan(a)
    filler = float("inf") if name == "min" else float("-inf")
    result = _numpy.reduce(name, choose(mask, filler, a), axis, None, keepdims)
    all_nan = _numpy.reduce("all", mask, axis, None, keepdims)
    if asarray(all_nan).any():
        import warnings
        from ._errors import _user_stacklevel
        warnings.warn("All-NaN slice encountered", RuntimeWarning, stacklevel=_user_stacklevel())
        result = choose(all_nan, float("nan"), result)
    return _finish(result, out)


def nanmin(a, axis=None, out=None, keepdims=False, initial=None, where=True):
    return _nan_extreme("min", a, axis, out, keepdims)


def nanmax(a, axis=None, out=None, keepdims=False, initial=None, where=True):
    return _nan_extreme("max", a, axis, out, keepdims)


def median(a, axis=None, out=None, overwrite_input=False, keepdims=False):
    return quantile(a, 0.5, axis=axis, out=out, keepdims=keepdims)


def percentile(a, q, axis=None, out=None, overwrite_input=False, method="linear", keepdims=False, **kwargs):
    from . import _ufuncs
    return quantile(a, _ufuncs.divide(q, 100), axis, out, overwrite_input, method, keepdims)


def quantile(a, q, axis=None, out=None, overwrite_input=False, method="linear", keepdims=False, **kwargs):
    """numpy's linear method: sort, then interpolate between neighbours
    with numpy's `_lerp` (which picks its formula by the weight)."""
    from . import _ufuncs
    from ._functions import sort, moveaxis, where as choose
    if method != "linear":
        raise NotImplementedError(f"quantile(method={method!r}) is not implemented in ferropy's numpy yet")
    a = asarray(a)
    if axis is None:
        a, axis = a.ravel(), 0
    if not isinstance(axis, int):
        raise NotImplementedError("quantile over several axes is not implemented in ferropy's numpy yet")
    data = moveaxis(sort(a, axis), axis, 0)
    q_arr = asarray(q, "float64")
    n = data.shape[0]
    virtual = q_arr * (n - 1)
    previous = _ufuncs.floor(virtual).astype("int64")
    following = _ufuncs.minimum(previous + 1, n - 1)
    gamma = virtual - previous
    below = data[previous]
    above = data[following]
    if q_arr.ndim:
        gamma = gamma.reshape(gamma.shape + (1,) * (data.ndim - 1))
    diff = above - below
    lerp = choose(gamma >= 0.5, above - diff * (1 - gamma), below + diff * gamma)
    result = lerp
    if asarray(result).dtype.kind in "iub":
        result = asarray(result, "float64")
    if isinstance(result, ndarray) and result.ndim == 0:
        result = result[()]
    if keepdims:
        raise NotImplementedError("quantile(keepdims=True) is not implemented in ferropy's numpy yet")
    return _finish(result, out)


def average(a, axis=None, weights=None, returned=False, *, keepdims=False):
    from . import _ufuncs
    a = asarray(a)
    if weights is None:
        avg = mean(a, axis, keepdims=keepdims)
        scale = a.size if axis is None else _count(a, axis)
        return (avg, asarray(avg).dtype.type(scale)) if returned else avg
    w = asarray(weights)
    if w.shape != a.shape:
        if axis is None:
            raise TypeError("Axis must be specified when shapes of a and weights differ.")
        shape = [1] * a.ndim
        shape[axis] = w.shape[0]
        w = w.reshape(shape)
    scale = sum(_numpy.broadcast_to(w, a.shape) * 1.0, axis, None, None, keepdims)
    if (asarray(scale) == 0.0).any():
        raise ZeroDivisionError("Weights sum to zero, can't be normalized")
    total = sum(_ufuncs.multiply(a, w), axis, None, None, keepdims)
    avg = _ufuncs.divide(total, scale)
    return (avg, scale) if returned else avg

"""Array creation: zeros, ones, full, empty (and their _like), arange,
linspace, logspace, eye, identity, diag, tri/tril/triu, meshgrid."""

import _numpy

from ._array import array, asarray, ndarray
from ._dtypes import dtype as _dtype


def _name(dtype):
    return None if dtype is None else _dtype(dtype).name


def zeros(shape, dtype=float, order="C", *, like=None):
    return _numpy.full(shape, _name(dtype), None)


def empty(shape, dtype=float, order="C", *, like=None):
    # Fresh memory is zeroed: numpy's is whatever was there.
    return _numpy.full(shape, _name(dtype), None)


def ones(shape, dtype=None, order="C", *, like=None):
    return _numpy.full(shape, _name(dtype) or "float64", 1)


def full(shape, fill_value, dtype=None, order="C", *, like=None):
    return _numpy.full(shape, _name(dtype), fill_value)


def _like_shape_dtype(a, dtype, shape):
    a = asarray(a)
    return (a.shape if shape is None else shape), (a.dtype.name if dtype is None else _name(dtype))


def zeros_like(a, dtype=None, order="K", subok=True, shape=None):
    shape, name = _like_shape_dtype(a, dtype, shape)
    return _numpy.full(shape, name, None)


empty_like = zeros_like


def ones_like(a, dtype=None, order="K", subok=True, shape=None):
    shape, name = _like_shape_dtype(a, dtype, shape)
    return _numpy.full(shape, name, 1)


def full_like(a, fill_value, dtype=None, order="K", subok=True, shape=None):
    shape, name = _like_shape_dtype(a, dtype, shape)
    return _numpy.full(shape, name, fill_value)


def arange(start, stop=None, step=None, dtype=None, *, like=None):
    if stop is None:
        start, stop = 0, start
    if step is None:
        step = 1
    return _numpy.arange(start, stop, step, _name(dtype))


def linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0):
    """numpy's steps: arange(num) * step + start, the last set to stop."""
    if num < 0:
        raise ValueError(f"Number of samples, {num}, must be non-negative.")
    num = int(num)
    div = (num - 1) if endpoint else num
    start_a = asarray(start) * 1.0
    stop_a = asarray(stop) * 1.0
    delta = stop_a - start_a
    y = _numpy.arange(0, num, 1, "float64")
    if start_a.ndim or stop_a.ndim:
        y = y.reshape((-1,) + (1,) * delta.ndim)
    step = None
    if div > 0:
        step = delta / div
        any_step_zero = (step == 0).any() if isinstance(step, ndarray) else step == 0
        if any_step_zero:
            y = y / div
            y = y * delta
        else:
            y = y * step
    else:
        step = float("nan")
        y = y * delta
    y = y + start_a
    if endpoint and num > 1:
        y[-1, ...] = stop_a
    if axis != 0:
        from ._functions import moveaxis
        y = moveaxis(y, 0, axis)
    if dtype is not None:
        y = y.astype(dtype)
    if retstep:
        return y, step
    return y


def logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0):
    from . import _ufuncs
    y = linspace(start, stop, num=num, endpoint=endpoint, axis=axis)
    result = _ufuncs.power(base, y)
    return result if dtype is None else result.astype(dtype)


def geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0):
    from . import _ufuncs
    if start == 0 or stop == 0:
        raise ValueError("Geometric sequence cannot include zero")
    log_start, log_stop = _ufuncs.log10(start), _ufuncs.log10(stop)
    result = logspace(log_start, log_stop, num=num, endpoint=endpoint, base=10.0, axis=axis)
    if num > 0:
        result[0] = start
        if num > 1 and endpoint:
            result[-1] = stop
    return result if dtype is None else result.astype(dtype)


def eye(N, M=None, k=0, dtype=float, order="C", *, like=None):
    M = N if M is None else M
    out = zeros((N, M), dtype)
    for i in range(max(0, -k), min(N, M - k)):
        out[i, i + k] = 1
    return out


def identity(n, dtype=None, *, like=None):
    return eye(n, dtype=float if dtype is None else dtype)


def diag(v, k=0):
    v = asarray(v)
    if v.ndim == 1:
        n = v.shape[0] + abs(k)
        out = zeros((n, n), v.dtype)
        for i in range(v.shape[0]):
            out[i + max(0, -k), i + max(0, k)] = v[i]
        return out
    if v.ndim == 2:
        from ._functions import diagonal
        return diagonal(v, k).copy()
    raise ValueError("Input must be 1- or 2-d.")


def diagflat(v, k=0):
    return diag(asarray(v).ravel(), k)


def tri(N, M=None, k=0, dtype=float, *, like=None):
    M = N if M is None else M
    rows = arange(N).reshape(N, 1)
    columns = arange(M)
    return (columns <= rows + k).astype(dtype)


def tril(m, k=0):
    m = asarray(m)
    mask = tri(*m.shape[-2:], k=k, dtype=bool)
    from ._functions import where
    return where(mask, m, zeros(1, m.dtype))


def triu(m, k=0):
    m = asarray(m)
    mask = tri(*m.shape[-2:], k=k - 1, dtype=bool)
    from ._functions import where
    return where(mask, zeros(1, m.dtype), m)


def meshgrid(*xi, copy=True, sparse=False, indexing="xy"):
    arrays = [asarray(x).ravel() for x in xi]
    ndim = len(arrays)
    shapes = [(1,) * i + (-1,) + (1,) * (ndim - i - 1) for i in range(ndim)]
    outputs = [a.reshape(s) for a, s in zip(arrays, shapes)]
    if indexing == "xy" and ndim > 1:
        outputs[0] = outputs[0].reshape((1, -1) + (1,) * (ndim - 2))
        outputs[1] = outputs[1].reshape((-1, 1) + (1,) * (ndim - 2))
    if not sparse:
        from ._functions import broadcast_arrays
        outputs = [o.copy() for o in broadcast_arrays(*outputs)]
    return outputs


def fromfunction(function, shape, *, dtype=float, like=None, **kwargs):
    from ._functions import indices
    return function(*indices(shape, dtype=dtype), **kwargs)


def fromiter(iter, dtype, count=-1, *, like=None):
    values = list(iter) if count < 0 else [v for _, v in zip(range(count), iter)]
    return array(values, dtype)


def frombuffer(buffer, dtype=float, count=-1, offset=0, *, like=None):
    import struct
    dt = _dtype(dtype)
    codes = {"bool": "?", "int8": "b", "uint8": "B", "int16": "h", "uint16": "H", "int32": "i", "uint32": "I",
             "int64": "q", "uint64": "Q", "float32": "f", "float64": "d"}
    if dt.name not in codes:
        raise NotImplementedError(f"frombuffer of {dt.name} is not implemented in ferropy's numpy yet")
    data = bytes(memoryview(buffer))[offset:]
    n = len(data) // dt.itemsize if count < 0 else count
    if len(data) % dt.itemsize and count < 0:
        raise ValueError("buffer size must be a multiple of element size")
    return array(list(struct.unpack(f"<{n}{codes[dt.name]}", data[:n * dt.itemsize])), dt)

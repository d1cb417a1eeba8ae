"""numpy's functions over whole arrays: joining and splitting, shape
changes, selection (where, clip, sort, unique), comparisons (isclose,
allclose), and products (dot, outer, trace)."""

import builtins

import _numpy

from . import _ufuncs
from ._array import array, asarray, ndarray
from ._creation import zeros, empty, arange
from ._dtypes import dtype as _dtype
from ._errors import AxisError


def _axis(axis, ndim, prefix=None):
    """An axis counted from the end when negative; AxisError (with
    numpy's argument-name prefix) when out of range."""
    if not -ndim <= axis < ndim:
        raise AxisError(axis, ndim, prefix)
    return axis + ndim if axis < 0 else axis


def shape(a):
    return asarray(a).shape


def ndim(a):
    return asarray(a).ndim


def size(a, axis=None):
    a = asarray(a)
    return a.size if axis is None else a.shape[axis]


def reshape(a, newshape, order="C"):
    return asarray(a).reshape(newshape, order=order)


def ravel(a, order="C"):
    return asarray(a).ravel(order)


def copy(a, order="K", subok=False):
    return asarray(a).copy()


def transpose(a, axes=None):
    return _numpy.transpose(asarray(a), axes)


def swapaxes(a, axis1, axis2):
    a = asarray(a)
    axes = list(range(a.ndim))
    i, j = _axis(axis1, a.ndim, "axis1"), _axis(axis2, a.ndim, "axis2")
    axes[i], axes[j] = axes[j], axes[i]
    return _numpy.transpose(a, tuple(axes))


def moveaxis(a, source, destination):
    a = asarray(a)
    sources = [source] if isinstance(source, int) else list(source)
    destinations = [destination] if isinstance(destination, int) else list(destination)
    sources = [_axis(s, a.ndim) for s in sources]
    destinations = [_axis(d, a.ndim) for d in destinations]
    if len(sources) != len(destinations):
        raise ValueError("`source` and `destination` arguments must have the same number of elements")
    order = [n for n in range(a.ndim) if n not in sources]
    for dest, src in sorted(zip(destinations, sources)):
        order.insert(dest, src)
    return _numpy.transpose(a, tuple(order))


def squeeze(a, axis=None):
    a = asarray(a)
    if axis is None:
        return a.reshape(tuple(n for n in a.shape if n != 1))
    axes = (axis,) if isinstance(axis, int) else tuple(axis)
    axes = [_axis(x, a.ndim) for x in axes]
    for x in axes:
        if a.shape[x] != 1:
            raise ValueError("cannot select an axis to squeeze out which has size not equal to one")
    return a.reshape(tuple(n for i, n in enumerate(a.shape) if i not in axes))


def expand_dims(a, axis):
    a = asarray(a)
    axes = (axis,) if isinstance(axis, int) else tuple(axis)
    ndim = a.ndim + len(axes)
    axes = sorted(_axis(x, ndim) for x in axes)
    shape = list(a.shape)
    for x in axes:
        shape.insert(x, 1)
    return a.reshape(tuple(shape))


def atleast_1d(*arys):
    result = [asarray(a) if asarray(a).ndim >= 1 else asarray(a).reshape(1) for a in arys]
    return result[0] if len(result) == 1 else result


def atleast_2d(*arys):
    result = []
    for a in arys:
        a = asarray(a)
        result.append(a.reshape(1, 1) if a.ndim == 0 else a.reshape(1, -1) if a.ndim == 1 else a)
    return result[0] if len(result) == 1 else result


def atleast_3d(*arys):
    result = []
    for a in arys:
        a = asarray(a)
        if a.ndim == 0:
            a = a.reshape(1, 1, 1)
        elif a.ndim == 1:
            a = a.reshape(1, -1, 1)
        elif a.ndim == 2:
            a = a.reshape(a.shape + (1,))
        result.append(a)
    return result[0] if len(result) == 1 else result


def broadcast_to(array, shape, subok=False):
    return _numpy.broadcast_to(asarray(array), shape)


def broadcast_shapes(*args):
    return _numpy.broadcast_shapes(*args)


def broadcast_arrays(*args, subok=False):
    arrays = [asarray(a) for a in args]
    shape = _numpy.broadcast_shapes(*[a.shape for a in arrays])
    return [a if a.shape == shape else _numpy.broadcast_to(a, shape, True) for a in arrays]


def result_type(*arrays_and_dtypes):
    values = [zeros((1,), _dtype(x)) if isinstance(x, (_dtype, str, type)) else x for x in arrays_and_dtypes]
    return _dtype(_numpy.result_type(*values))


def promote_types(type1, type2):
    return _dtype(_numpy.promote_types(_dtype(type1).name, _dtype(type2).name))


def can_cast(from_, to, casting="safe"):
    source = asarray(from_).dtype if not isinstance(from_, (_dtype, str, type)) else _dtype(from_)
    target = _dtype(to)
    if casting == "safe":
        return _numpy.promote_types(source.name, target.name) == target.name
    if casting == "same_kind":
        return _ufuncs.can_cast_same_kind(source, target)
    if casting in ("unsafe",):
        return True
    if casting in ("no", "equiv"):
        return source == target
    raise ValueError("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'")


def concatenate(arrays, axis=0, out=None, dtype=None, casting="same_kind"):
    arrays = [asarray(a) for a in arrays]
    if not arrays:
        raise ValueError("need at least one array to concatenate")
    if axis is None:
        arrays, axis = [a.ravel() for a in arrays], 0
    first = arrays[0]
    if first.ndim == 0:
        raise ValueError("zero-dimensional arrays cannot be concatenated")
    axis = _axis(axis, first.ndim)
    for i, a in enumerate(arrays[1:], 1):
        if a.ndim != first.ndim:
            raise ValueError(f"all the input arrays must have same number of dimensions, but the array at "
                             f"index 0 has {first.ndim} dimension(s) and the array at index {i} has {a.ndim} "
                             f"dimension(s)")
        for d in range(first.ndim):
            if d != axis and a.shape[d] != first.shape[d]:
                raise ValueError("all the input array dimensions except for the concatenation axis must match "
                                 f"exactly, but along dimension {d}, the array at index 0 has size "
                                 f"{first.shape[d]} and the array at index {i} has size {a.shape[d]}")
    kind = dtype if dtype is not None else result_type(*arrays)
    shape = list(first.shape)
    shape[axis] = builtins.sum(a.shape[axis] for a in arrays)
    result = empty(tuple(shape), kind)
    index = [slice(None)] * first.ndim
    start = 0
    for a in arrays:
        index[axis] = slice(start, start + a.shape[axis])
        result[tuple(index)] = a
        start += a.shape[axis]
    if out is not None:
        out[...] = result
        return out
    return result


def stack(arrays, axis=0, out=None, dtype=None):
    arrays = [asarray(a) for a in arrays]
    if not arrays:
        raise ValueError("need at least one array to stack")
    shapes = {a.shape for a in arrays}
    if len(shapes) != 1:
        raise ValueError("all input arrays must have the same shape")
    axis = _axis(axis, arrays[0].ndim + 1)
    expanded = [expand_dims(a, axis) for a in arrays]
    return concatenate(expanded, axis, out, dtype)


def vstack(tup, *, dtype=None, casting="same_kind"):
    return concatenate([atleast_2d(a) for a in tup], 0, dtype=dtype)


def hstack(tup, *, dtype=None, casting="same_kind"):
    arrays = [atleast_1d(a) for a in tup]
    return concatenate(arrays, 0 if arrays and arrays[0].ndim == 1 else 1, dtype=dtype)


def dstack(tup):
    return concatenate([atleast_3d(a) for a in tup], 2)


def column_stack(tup):
    arrays = []
    for a in tup:
        a = asarray(a)
        arrays.append(a.reshape(-1, 1) if a.ndim < 2 else a)
    return concatenate(arrays, 1)


row_stack = vstack


def array_split(ary, indices_or_sections, axis=0):
    ary = asarray(ary)
    n = ary.shape[axis]
    if isinstance(indices_or_sections, int):
        sections = indices_or_sections
        if sections <= 0:
            raise ValueError("number sections must be larger than 0.")
        each, extra = divmod(n, sections)
        sizes = [each + 1] * extra + [each] * (sections - extra)
        bounds = [0]
        for s in sizes:
            bounds.append(bounds[-1] + s)
    else:
        bounds = [0] + list(indices_or_sections) + [n]
    pieces = []
    index = [slice(None)] * ary.ndim
    for start, stop in zip(bounds[:-1], bounds[1:]):
        index[axis] = slice(start, stop)
        pieces.append(ary[tuple(index)])
    return pieces


def split(ary, indices_or_sections, axis=0):
    if isinstance(indices_or_sections, int) and asarray(ary).shape[axis] % indices_or_sections:
        raise ValueError("array split does not result in an equal division")
    return array_split(ary, indices_or_sections, axis)


def hsplit(ary, indices_or_sections):
    return split(ary, indices_or_sections, 1 if asarray(ary).ndim > 1 else 0)


def vsplit(ary, indices_or_sections):
    return split(ary, indices_or_sections, 0)


def flip(m, axis=None):
    m = asarray(m)
    axes = range(m.ndim) if axis is None else [axis] if isinstance(axis, int) else axis
    index = [slice(None)] * m.ndim
    for a in axes:
        index[_axis(a, m.ndim)] = slice(None, None, -1)
    return m[tuple(index)]


def fliplr(m):
    return flip(m, 1)


def flipud(m):
    return flip(m, 0)


def roll(a, shift, axis=None):
    a = asarray(a)
    if axis is None:
        return roll(a.ravel(), shift, 0).reshape(a.shape)
    axis = _axis(axis, a.ndim)
    n = a.shape[axis]
    if n == 0:
        return a.copy()
    shift %= n
    index = [slice(None)] * a.ndim
    index[axis] = slice(n - shift, None)
    head = a[tuple(index)]
    index[axis] = slice(None, n - shift)
    return concatenate([head, a[tuple(index)]], axis)


def rot90(m, k=1, axes=(0, 1)):
    m = asarray(m)
    k %= 4
    if k == 0:
        return m[:]
    if k == 2:
        return flip(flip(m, axes[0]), axes[1])
    if k == 1:
        return swapaxes(flip(m, axes[1]), axes[0], axes[1])
    return flip(swapaxes(m, axes[0], axes[1]), axes[1])


def repeat(a, repeats, axis=None):
    a = asarray(a)
    if axis is None:
        a, axis = a.ravel(), 0
    axis = _axis(axis, a.ndim)
    n = a.shape[axis]
    counts = [repeats] * n if isinstance(repeats, int) else list(asarray(repeats).tolist())
    positions = [i for i, c in enumerate(counts) for _ in range(c)]
    index = [slice(None)] * a.ndim
    index[axis] = array(positions, "int64")
    return a[tuple(index)]


def tile(A, reps):
    A = asarray(A)
    reps = (reps,) if isinstance(reps, int) else tuple(reps)
    d = builtins.max(len(reps), A.ndim)
    A = A.reshape((1,) * (d - A.ndim) + A.shape)
    reps = (1,) * (d - len(reps)) + reps
    result = A
    for axis, r in enumerate(reps):
        if r != 1:
            result = concatenate([result] * r, axis) if r > 0 else result[(slice(None),) * axis + (slice(0, 0),)]
    return result.copy() if result is A else result


def append(arr, values, axis=None):
    arr = asarray(arr)
    if axis is None:
        return concatenate([arr.ravel(), asarray(values).ravel()], 0)
    return concatenate([arr, values], axis)


def delete(arr, obj, axis=None):
    arr = asarray(arr)
    if axis is None:
        arr, axis = arr.ravel(), 0
    n = arr.shape[axis]
    drop = set(range(n)[obj]) if isinstance(obj, slice) else {i % n for i in asarray(obj).ravel().tolist()}
    keep = array([i for i in range(n) if i not in drop], "int64")
    index = [slice(None)] * arr.ndim
    index[axis] = keep
    return arr[tuple(index)]


def insert(arr, obj, values, axis=None):
    arr = asarray(arr)
    if axis is None:
        arr, axis = arr.ravel(), 0
    if not isinstance(obj, int):
        raise NotImplementedError("numpy.insert with several positions is not implemented in ferropy yet")
    n = arr.shape[axis]
    obj = obj + n if obj < 0 else obj
    values = asarray(values, arr.dtype)
    shape = list(arr.shape)
    shape[axis] = 1
    piece = _numpy.broadcast_to(values, tuple(shape)) if values.size == 1 or values.shape == tuple(shape) else \
        values.reshape(tuple(shape))
    index = [slice(None)] * arr.ndim
    index[axis] = slice(None, obj)
    before = arr[tuple(index)]
    index[axis] = slice(obj, None)
    return concatenate([before, piece, arr[tuple(index)]], axis)


def resize(a, new_shape):
    a = asarray(a).ravel()
    new_shape = (new_shape,) if isinstance(new_shape, int) else tuple(new_shape)
    total = 1
    for n in new_shape:
        total *= n
    if a.size == 0:
        return zeros(new_shape, a.dtype)
    repeats = -(-total // a.size)
    return concatenate([a] * repeats)[:total].reshape(new_shape)


def where(condition, x=None, y=None):
    if x is None and y is None:
        return _numpy.nonzero(condition)
    if x is None or y is None:
        raise ValueError("either both or neither of x and y should be given")
    cond = asarray(condition, "bool")
    kind = _numpy.result_type(x, y)
    xa, ya = asarray(x), asarray(y)
    shape = _numpy.broadcast_shapes(cond.shape, xa.shape, ya.shape)
    result = empty(shape, kind)
    result[...] = ya
    mask = _numpy.broadcast_to(cond, shape)
    result[mask] = _numpy.broadcast_to(xa, shape)[mask]
    return result if result.ndim else result[()]


def nonzero(a):
    return _numpy.nonzero(a)


def argwhere(a):
    return transpose(asarray(_numpy.nonzero(a)) if asarray(a).ndim else asarray(_numpy.nonzero(a)))


def flatnonzero(a):
    return _numpy.nonzero(asarray(a).ravel())[0]


def select(condlist, choicelist, default=0):
    result = asarray(default)
    for cond, choice in reversed(list(zip(condlist, choicelist))):
        result = where(cond, choice, result)
    return result


def clip(a, a_min, a_max, out=None, **kwargs):
    result = asarray(a)
    if a_min is not None:
        result = _ufuncs.maximum(result, a_min)
    if a_max is not None:
        result = _ufuncs.minimum(result, a_max)
    if out is not None:
        out[...] = result
        return out
    return result


def around(a, decimals=0, out=None):
    a_arr = asarray(a)
    if a_arr.dtype.kind in "iub":
        if decimals >= 0:
            result = a_arr.copy()
        else:
            f = 10 ** -decimals
            result = (_ufuncs.rint(a_arr / f) * f).astype(a_arr.dtype)
    elif decimals == 0:
        result = _ufuncs.rint(a)
    elif decimals > 0:
        f = 10.0 ** decimals
        result = _ufuncs.divide(_ufuncs.rint(_ufuncs.multiply(a, f)), f)
    else:
        f = 10.0 ** -decimals
        result = _ufuncs.multiply(_ufuncs.rint(_ufuncs.divide(a, f)), f)
    if out is not None:
        out[...] = result
        return out
    return result


round_ = around


def real(val):
    a = asarray(val)
    if a.dtype.kind != "c":
        return a
    return array([c.real for c in a.ravel().tolist()], "float32" if a.dtype.name == "complex64" else "float64").reshape(a.shape)


def imag(val):
    a = asarray(val)
    if a.dtype.kind != "c":
        return zeros(a.shape, a.dtype)
    return array([c.imag for c in a.ravel().tolist()], "float32" if a.dtype.name == "complex64" else "float64").reshape(a.shape)


def isreal(x):
    return imag(x) == 0


def iscomplexobj(x):
    return asarray(x).dtype.kind == "c"


def isrealobj(x):
    return not iscomplexobj(x)


def isscalar(element):
    from ._dtypes import generic
    return isinstance(element, (generic, int, float, complex, bool, str, bytes))


def dot(a, b, out=None):
    a, b = asarray(a), asarray(b)
    if a.ndim == 0 or b.ndim == 0:
        result = _ufuncs.multiply(a, b)
    elif b.ndim <= 2:
        result = _numpy.matmul(a, b)
    else:
        raise NotImplementedError("numpy.dot of arrays with more than 2 dimensions is not implemented in ferropy yet")
    if out is not None:
        out[...] = result
        return out
    return result


def matmul(a, b, out=None):
    result = _numpy.matmul(a, b)
    if out is not None:
        out[...] = result
        return out
    return result


def vdot(a, b):
    a, b = asarray(a).ravel(), asarray(b).ravel()
    if a.dtype.kind == "c":
        a = _ufuncs.conjugate(a)
    return _numpy.matmul(a, b)


def inner(a, b):
    a, b = asarray(a), asarray(b)
    if a.ndim == 0 or b.ndim == 0:
        return _ufuncs.multiply(a, b)
    return _numpy.matmul(a, swapaxes(b, -1, -2) if b.ndim > 1 else b)


def outer(a, b, out=None):
    a, b = asarray(a).ravel(), asarray(b).ravel()
    return _ufuncs.multiply(a.reshape(-1, 1), b.reshape(1, -1), out=out)


def cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None):
    a, b = asarray(a), asarray(b)
    if a.shape[-1] != 3 or b.shape[-1] != 3:
        raise NotImplementedError("numpy.cross of 2-vectors is not implemented in ferropy yet")
    a0, a1, a2 = a[..., 0], a[..., 1], a[..., 2]
    b0, b1, b2 = b[..., 0], b[..., 1], b[..., 2]
    return stack([a1 * b2 - a2 * b1, a2 * b0 - a0 * b2, a0 * b1 - a1 * b0], -1)


def diagonal(a, offset=0, axis1=0, axis2=1):
    a = asarray(a)
    if a.ndim != 2 or (axis1, axis2) != (0, 1):
        raise NotImplementedError("numpy.diagonal beyond 2-d arrays is not implemented in ferropy yet")
    rows, cols = a.shape
    if offset >= 0:
        n = builtins.max(0, builtins.min(rows, cols - offset))
        return a[arange(n), arange(n) + offset] if n else zeros(0, a.dtype)
    n = builtins.max(0, builtins.min(rows + offset, cols))
    return a[arange(n) - offset, arange(n)] if n else zeros(0, a.dtype)


def trace(a, offset=0, axis1=0, axis2=1, dtype=None, out=None):
    from ._reductions import sum
    return sum(diagonal(a, offset, axis1, axis2), dtype=dtype, out=out)


def _sort_key(x):
    # NaN sorts last, as in numpy.
    return (1, 0) if x != x else (0, x)


def _lanes(a, axis):
    """The array with `axis` last, as rows of a 2-d array."""
    moved = moveaxis(a, axis, -1)
    return moved, moved.reshape(-1, moved.shape[-1]) if moved.ndim else moved


def sort(a, axis=-1, kind=None, order=None):
    a = asarray(a)
    if axis is None:
        a, axis = a.ravel(), 0
    if a.ndim == 0:
        raise AxisError(axis, 0)
    axis = _axis(axis, a.ndim)
    moved, rows = _lanes(a, axis)
    key = _sort_key if a.dtype.kind in "fc" else None
    if a.dtype.kind == "c":
        key = lambda c: (c.real != c.real or c.imag != c.imag, c.real, c.imag)
    values = [sorted(row, key=key) for row in rows.tolist()]
    result = array(values, a.dtype).reshape(moved.shape) if values else moved.copy()
    return moveaxis(result, -1, axis)


def argsort(a, axis=-1, kind=None, order=None):
    a = asarray(a)
    if axis is None:
        a, axis = a.ravel(), 0
    axis = _axis(axis, a.ndim)
    moved, rows = _lanes(a, axis)
    wrap = _sort_key if a.dtype.kind == "f" else (lambda x: x)
    orders = [sorted(range(len(row)), key=lambda i, row=row: wrap(row[i])) for row in rows.tolist()]
    result = array(orders, "int64").reshape(moved.shape) if orders else zeros(moved.shape, "int64")
    return moveaxis(result, -1, axis)


def searchsorted(a, v, side="left", sorter=None):
    import bisect
    values = asarray(a).tolist()
    if sorter is not None:
        values = [values[i] for i in asarray(sorter).tolist()]
    find = bisect.bisect_left if side == "left" else bisect.bisect_right
    v_arr = asarray(v)
    if v_arr.ndim == 0:
        return _numpy.make_scalar("int64", find(values, v_arr.item()))
    return array([find(values, x) for x in v_arr.ravel().tolist()], "int64").reshape(v_arr.shape)


def unique(ar, return_index=False, return_inverse=False, return_counts=False, axis=None, *, equal_nan=True):
    if axis is not None:
        raise NotImplementedError("numpy.unique(axis=...) is not implemented in ferropy yet")
    a = asarray(ar).ravel()
    values = a.tolist()
    order = sorted(range(len(values)), key=lambda i: (_sort_key(values[i]) if a.dtype.kind == "f" else values[i], i))
    uniques, first, inverse, counts = [], [], [0] * len(values), []
    for i in order:
        v = values[i]
        same = uniques and (uniques[-1] == v or (equal_nan and v != v and uniques[-1] != uniques[-1]))
        if not same:
            uniques.append(v)
            first.append(i)
            counts.append(0)
        inverse[i] = len(uniques) - 1
        counts[-1] += 1
    result = [array(uniques, a.dtype)]
    if return_index:
        result.append(array(first, "int64"))
    if return_inverse:
        result.append(array(inverse, "int64"))
    if return_counts:
        result.append(array(counts, "int64"))
    return result[0] if len(result) == 1 else tuple(result)


def isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    a, b = asarray(a), asarray(b)
    finite = _ufuncs.logical_and(_ufuncs.isfinite(a), _ufuncs.isfinite(b))
    close = _ufuncs.less_equal(_ufuncs.absolute(a - b), atol + rtol * _ufuncs.absolute(b))
    result = where(finite, close, a == b)
    if equal_nan:
        result = _ufuncs.logical_or(result, _ufuncs.logical_and(_ufuncs.isnan(a), _ufuncs.isnan(b)))
    return result


def allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    return bool(asarray(isclose(a, b, rtol, atol, equal_nan)).all())


def array_equal(a1, a2, equal_nan=False):
    a1, a2 = asarray(a1), asarray(a2)
    if a1.shape != a2.shape:
        return False
    if equal_nan:
        return bool(_ufuncs.logical_or(a1 == a2, _ufuncs.logical_and(_ufuncs.isnan(a1), _ufuncs.isnan(a2))).all())
    return bool(asarray(a1 == a2).all())


def array_equiv(a1, a2):
    try:
        return bool(asarray(asarray(a1) == asarray(a2)).all())
    except ValueError:
        return False


def diff(a, n=1, axis=-1, prepend=None, append=None):
    a = asarray(a)
    if prepend is not None or append is not None:
        raise NotImplementedError("numpy.diff(prepend=/append=) is not implemented in ferropy yet")
    axis = _axis(axis, a.ndim)
    for _ in range(n):
        upper = [slice(None)] * a.ndim
        lower = [slice(None)] * a.ndim
        upper[axis] = slice(1, None)
        lower[axis] = slice(None, -1)
        a = _ufuncs.not_equal(a[tuple(upper)], a[tuple(lower)]) if a.dtype.kind == "b" else \
            a[tuple(upper)] - a[tuple(lower)]
    return a


def indices(dimensions, dtype=int, sparse=False):
    dimensions = tuple(dimensions)
    grids = []
    for i, n in enumerate(dimensions):
        shape = [1] * len(dimensions)
        shape[i] = n
        grid = arange(n, dtype=dtype).reshape(tuple(shape))
        grids.append(grid if sparse else _numpy.broadcast_to(grid, dimensions).copy())
    return tuple(grids) if sparse else stack(grids) if grids else zeros((0,), dtype)


def bincount(x, weights=None, minlength=0):
    values = asarray(x).tolist()
    if any(v < 0 for v in values):
        raise ValueError("'list' argument must have no negative elements")
    n = builtins.max([minlength] + [v + 1 for v in values])
    if weights is None:
        counts = [0] * n
        for v in values:
            counts[v] += 1
        return array(counts, "int64")
    w = asarray(weights, "float64").tolist()
    sums = [0.0] * n
    for v, weight in zip(values, w):
        sums[v] += weight
    return array(sums, "float64")


def digitize(x, bins, right=False):
    return searchsorted(bins, x, "left" if right else "right")


def interp(x, xp, fp, left=None, right=None, period=None):
    import bisect
    if period is not None:
        raise NotImplementedError("numpy.interp(period=...) is not implemented in ferropy yet")
    xs, ys = asarray(xp, "float64").tolist(), asarray(fp, "float64").tolist()
    left = ys[0] if left is None else left
    right = ys[-1] if right is None else right

    def one(v):
        if v != v:
            return v
        if v < xs[0]:
            return left
        if v > xs[-1]:
            return right
        if v == xs[-1]:
            return ys[-1]
        j = bisect.bisect_right(xs, v) - 1
        slope = (ys[j + 1] - ys[j]) / (xs[j + 1] - xs[j])
        return slope * (v - xs[j]) + ys[j]

    x_arr = asarray(x, "float64")
    if x_arr.ndim == 0:
        return _numpy.make_scalar("float64", one(x_arr.item()))
    return array([one(v) for v in x_arr.ravel().tolist()], "float64").reshape(x_arr.shape)


def histogram(a, bins=10, range=None, density=None, weights=None):
    from ._creation import linspace
    if weights is not None or density:
        raise NotImplementedError("numpy.histogram(weights=/density=) is not implemented in ferropy yet")
    values = asarray(a).ravel()
    if isinstance(bins, int):
        lo, hi = (float(values.min()), float(values.max())) if range is None else range
        if lo == hi:
            lo, hi = lo - 0.5, hi + 0.5
        edges = linspace(lo, hi, bins + 1)
    else:
        edges = asarray(bins)
    edge_list = edges.tolist()
    counts = [0] * (len(edge_list) - 1)
    import bisect
    for v in values.tolist():
        if v < edge_list[0] or v > edge_list[-1]:
            continue
        j = bisect.bisect_right(edge_list, v) - 1
        counts[builtins.min(j, len(counts) - 1)] += 1
    return array(counts, "int64"), edges


def convolve(a, v, mode="full"):
    a, v = asarray(a).ravel(), asarray(v).ravel()
    if len(v) > len(a):
        a, v = v, a
    n, m = len(a), len(v)
    kind = _numpy.result_type(a, v)
    full = zeros(n + m - 1, kind)
    for j, w in enumerate(v.tolist()):
        full[j:j + n] += a * w
    if mode == "full":
        return full
    if mode == "same":
        start = (m - 1) // 2
        return full[start:start + n]
    if mode == "valid":
        return full[m - 1:n]
    raise ValueError(f"mode must be one of 'full', 'same', or 'valid' (got {mode!r})")

"""Iterator building blocks: the `itertools` module.

Each tool is a class whose instances are their own iterators (as in
CPython, where they are types), producing items lazily in the documented
order.
"""

import sys as _sys
from _ferropy import immutable_type as _immutable_type

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement", "compress",
           "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
           "permutations", "product", "repeat", "starmap", "takewhile", "tee", "zip_longest"]


class _Iterator:
    """The shared protocol: `_gen` is the generator doing the work."""

    __slots__ = ("_gen",)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _index_arg(value, message):
    if value is None:
        return None
    try:
        index = value.__index__()
    except AttributeError:
        raise ValueError(message) from None
    if not 0 <= index <= _sys.maxsize:
        raise ValueError(message)
    return index


class count(_Iterator):
    __slots__ = ("_next", "_step")

    def __init__(self, start=0, step=1):
        for value in (start, step):
            kind = type(value)
            if not (hasattr(kind, "__index__") or hasattr(kind, "__float__") or hasattr(kind, "__complex__")):
                raise TypeError("a number is required")
        self._next = start
        self._step = step

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1 and not isinstance(self._step, bool):
            return f"count({self._next!r})"
        return f"count({self._next!r}, {self._step!r})"


class cycle(_Iterator):
    def __init__(self, iterable):
        def gen(it):
            saved = []
            for element in it:
                yield element
                saved.append(element)
            while saved:
                yield from saved
        self._gen = gen(iter(iterable))


class repeat(_Iterator):
    __slots__ = ("_object", "_times")

    def __init__(self, object, times=None):
        self._object = object
        self._times = None if times is None else max(0, times.__index__())

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._times})"


class accumulate(_Iterator):
    def __init__(self, iterable, func=None, *, initial=None):
        def gen(it):
            total = initial
            if initial is None:
                try:
                    total = next(it)
                except StopIteration:
                    return
            yield total
            for element in it:
                total = total + element if func is None else func(total, element)
                yield total
        self._gen = gen(iter(iterable))


class chain(_Iterator):
    def __init__(self, *iterables):
        def gen():
            for it in iterables:
                yield from it
        self._gen = gen()

    @classmethod
    def from_iterable(cls, iterables):
        self = cls.__new__(cls)

        def gen():
            for it in iterables:
                yield from it
        self._gen = gen()
        return self


class compress(_Iterator):
    def __init__(self, data, selectors):
        self._gen = (d for d, s in zip(data, selectors) if s)


class dropwhile(_Iterator):
    def __init__(self, predicate, iterable):
        def gen(it):
            for x in it:
                if not predicate(x):
                    yield x
                    break
            yield from it
        self._gen = gen(iter(iterable))


class takewhile(_Iterator):
    def __init__(self, predicate, iterable):
        def gen(it):
            for x in it:
                if not predicate(x):
                    break
                yield x
        self._gen = gen(iter(iterable))


class filterfalse(_Iterator):
    def __init__(self, function, iterable):
        predicate = bool if function is None else function
        self._gen = (x for x in iterable if not predicate(x))


class _grouper(_Iterator):
    __slots__ = ("_parent", "_key")

    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __next__(self):
        parent = self._parent
        if parent._current_group is not self:
            raise StopIteration
        if parent._pending is _EMPTY:
            try:
                value = next(parent._it)
            except StopIteration:
                parent._done = True
                raise
            parent._pending = value
            parent._pending_key = value if parent._keyfunc is None else parent._keyfunc(value)
        if parent._pending_key != self._key:
            raise StopIteration
        value = parent._pending
        parent._pending = _EMPTY
        return value


_EMPTY = object()


class groupby(_Iterator):
    __slots__ = ("_it", "_keyfunc", "_pending", "_pending_key", "_current_group", "_done")

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._pending = _EMPTY
        self._pending_key = None
        self._current_group = None
        self._done = False

    def __next__(self):
        current = self._current_group
        # Skip what is left of the current group.
        while True:
            if self._pending is _EMPTY:
                if self._done:
                    raise StopIteration
                try:
                    value = next(self._it)
                except StopIteration:
                    self._done = True
                    raise
                self._pending = value
                self._pending_key = value if self._keyfunc is None else self._keyfunc(value)
            if current is None or self._pending_key != current._key:
                break
            self._pending = _EMPTY
        group = _grouper(self, self._pending_key)
        self._current_group = group
        return self._pending_key, group


class islice(_Iterator):
    def __init__(self, iterable, *args):
        if len(args) == 1:
            start, stop, step = None, args[0], None
        elif len(args) in (2, 3):
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
        else:
            raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}"
                            if args else "islice expected at least 2 arguments, got 1")
        stop = _index_arg(stop, "Stop argument for islice() must be None or an integer: "
                                "0 <= x <= sys.maxsize.")
        start = _index_arg(start, "Indices for islice() must be None or an integer: "
                                  "0 <= x <= sys.maxsize.") or 0
        if step is not None:
            try:
                step = step.__index__()
            except AttributeError:
                step = 0
            if step < 1:
                raise ValueError("Step for islice() must be a positive integer or None.")
        step = step or 1

        def gen(it):
            position = 0
            next_index = start
            while stop is None or next_index < stop:
                try:
                    element = next(it)
                except StopIteration:
                    return
                if position == next_index:
                    yield element
                    next_index += step
                position += 1
        self._gen = gen(iter(iterable))


class pairwise(_Iterator):
    def __init__(self, iterable):
        def gen(it):
            try:
                a = next(it)
            except StopIteration:
                return
            for b in it:
                yield a, b
                a = b
        self._gen = gen(iter(iterable))


class starmap(_Iterator):
    def __init__(self, function, iterable):
        self._gen = (function(*args) for args in iterable)


class zip_longest(_Iterator):
    def __init__(self, *iterables, fillvalue=None):
        def gen(iterators):
            if not iterators:
                return
            active = len(iterators)
            while True:
                values = []
                for i, it in enumerate(iterators):
                    if it is None:
                        values.append(fillvalue)
                        continue
                    try:
                        values.append(next(it))
                    except StopIteration:
                        active -= 1
                        if not active:
                            return
                        iterators[i] = None
                        values.append(fillvalue)
                yield tuple(values)
        self._gen = gen([iter(it) for it in iterables])


class product(_Iterator):
    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in iterables] * repeat

        def gen():
            result = [[]]
            for pool in pools:
                result = [x + [y] for x in result for y in pool]
            for prod in result:
                yield tuple(prod)
        self._gen = gen()


class permutations(_Iterator):
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        r = n if r is None else r.__index__()
        if r < 0:
            raise ValueError("r must be non-negative")

        def gen():
            if r > n:
                return
            indices = list(range(n))
            cycles = list(range(n, n - r, -1))
            yield tuple(pool[i] for i in indices[:r])
            while n:
                for i in reversed(range(r)):
                    cycles[i] -= 1
                    if cycles[i] == 0:
                        indices[i:] = indices[i + 1:] + indices[i:i + 1]
                        cycles[i] = n - i
                    else:
                        j = cycles[i]
                        indices[i], indices[-j] = indices[-j], indices[i]
                        yield tuple(pool[i] for i in indices[:r])
                        break
                else:
                    return
        self._gen = gen()


class combinations(_Iterator):
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        n = len(pool)
        r = r.__index__()
        if r < 0:
            raise ValueError("r must be non-negative")

        def gen():
            if r > n:
                return
            indices = list(range(r))
            yield tuple(pool[i] for i in indices)
            while True:
                for i in reversed(range(r)):
                    if indices[i] != i + n - r:
                        break
                else:
                    return
                indices[i] += 1
                for j in range(i + 1, r):
                    indices[j] = indices[j - 1] + 1
                yield tuple(pool[i] for i in indices)
        self._gen = gen()


class combinations_with_replacement(_Iterator):
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        n = len(pool)
        r = r.__index__()
        if r < 0:
            raise ValueError("r must be non-negative")

        def gen():
            if not n and r:
                return
            indices = [0] * r
            yield tuple(pool[i] for i in indices)
            while True:
                for i in reversed(range(r)):
                    if indices[i] != n - 1:
                        break
                else:
                    return
                indices[i:] = [indices[i] + 1] * (r - i)
                yield tuple(pool[i] for i in indices)
        self._gen = gen()


class _tee(_Iterator):
    __slots__ = ("_source", "_buffer", "_index")

    def __init__(self, source, buffer):
        self._source = source
        self._buffer = buffer
        self._index = 0

    def __next__(self):
        buffer = self._buffer
        if self._index == len(buffer["items"]) + buffer["dropped"]:
            # The source is advanced by one caller at a time (another
            # thread, or the source itself, must not re-enter it).
            if buffer.get("running"):
                raise RuntimeError("cannot re-enter the tee iterator")
            buffer["running"] = True
            try:
                item = next(self._source)
            finally:
                buffer["running"] = False
            buffer["items"].append(item)
        value = buffer["items"][self._index - buffer["dropped"]]
        self._index += 1
        return value

    def __copy__(self):
        clone = _tee(self._source, self._buffer)
        clone._index = self._index
        return clone


_tee.__name__ = _tee.__qualname__ = "_tee"


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    source = iter(iterable)
    buffer = {"items": [], "dropped": 0}
    return tuple(_tee(source, buffer) for _ in range(n))


for _cls in (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse,
             groupby, _grouper, islice, pairwise, starmap, zip_longest, product, permutations,
             combinations, combinations_with_replacement, _tee):
    _immutable_type(_cls)
del _cls

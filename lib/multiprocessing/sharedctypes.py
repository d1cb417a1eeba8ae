"""Values and arrays in shared memory: RawValue, RawArray, and Value
and Array wrapped with a lock. The objects are ctypes simple types (or
arrays of one) whose storage is a block of the shared heap, so a change
in one process is seen by all that share the block."""

import ctypes
import struct
import weakref

from . import heap
from . import get_context
from .context import reduction, assert_spawning

_ForkingPickler = reduction.ForkingPickler

__all__ = ["RawValue", "RawArray", "Value", "Array", "copy", "synchronized"]

typecode_to_type = {
    "c": ctypes.c_char, "u": ctypes.c_wchar,
    "b": ctypes.c_byte, "B": ctypes.c_ubyte,
    "h": ctypes.c_short, "H": ctypes.c_ushort,
    "i": ctypes.c_int, "I": ctypes.c_uint,
    "l": ctypes.c_long, "L": ctypes.c_ulong,
    "q": ctypes.c_longlong, "Q": ctypes.c_ulonglong,
    "f": ctypes.c_float, "d": ctypes.c_double,
}


def _layout(type_):
    """The struct code and size of a ctypes simple type, and how to turn
    its Python value into what struct packs and back."""
    code = type_._type_
    if code == "u":
        return "I", 4, ord, chr
    if code == "c":
        return "c", 1, None, None
    if code == "g":
        return "d", 16, None, None
    return code, struct.calcsize(code), None, None


def _shared_type(type_):
    """`type_` whose value lives in shared memory."""
    cached = _shared_types.get(type_)
    if cached is not None:
        return cached
    code, size, to_raw, from_raw = _layout(type_)

    def get_value(self):
        raw = struct.unpack(code, bytes(self._buf[self._offset:self._offset + struct.calcsize(code)]))[0]
        return from_raw(raw) if from_raw else raw

    def set_value(self, v):
        v = type_._convert(v)
        _write(self._buf, self._offset, struct.pack(code, to_raw(v) if to_raw else v))

    def repr_(self):
        return "%s(%r)" % (type_.__name__, self.value)

    def reduce_(self):
        assert_spawning(self)
        return _rebuild_value, (type_, self._wrapper, self._offset)

    shared = type(type_.__name__, (type_,), {
        "value": property(get_value, set_value), "__repr__": repr_, "__reduce__": reduce_,
        "__module__": type_.__module__, "_shared_size": size,
    })
    _shared_types[type_] = shared
    return shared


_shared_types = {}


def _write(view, offset, data):
    view[offset:offset + len(data)] = data


def _new_value(type_, wrapper=None, offset=0):
    shared = _shared_type(type_)
    obj = object.__new__(shared)
    if wrapper is None:
        wrapper = heap.BufferWrapper(shared._shared_size)
    obj._wrapper = wrapper
    obj._buf = wrapper.create_memoryview()
    obj._offset = offset
    return obj


def _rebuild_value(type_, wrapper, offset):
    return _new_value(type_, wrapper, offset)


class _SharedArray:
    """An array of `_type_` items in shared memory (ctypes' `type * n`)."""

    def __init__(self, type_, length, wrapper=None):
        self._type_ = type_
        self._length_ = length
        self._code, self._size, self._to_raw, self._from_raw = _layout(type_)
        if wrapper is None:
            wrapper = heap.BufferWrapper(self._size * length)
        self._wrapper = wrapper
        self._buf = wrapper.create_memoryview()

    def __len__(self):
        return self._length_

    def _get(self, i):
        raw = struct.unpack(self._code, bytes(self._buf[i * self._size:i * self._size + struct.calcsize(self._code)]))[0]
        return self._from_raw(raw) if self._from_raw else raw

    def _set(self, i, v):
        v = self._type_._convert(v)
        _write(self._buf, i * self._size, struct.pack(self._code, self._to_raw(v) if self._to_raw else v))

    def _index(self, i):
        i = i.__index__()
        if i < 0:
            i += self._length_
        if not 0 <= i < self._length_:
            raise IndexError("invalid index")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = [self._get(k) for k in range(*i.indices(self._length_))]
            if self._code == "c":
                return b"".join(items)
            if self._type_._type_ == "u":
                return "".join(items)
            return items
        return self._get(self._index(i))

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            indices = range(*i.indices(self._length_))
            values = list(value)
            if len(values) != len(indices):
                raise ValueError("Can only assign sequence of same size")
            for k, v in zip(indices, values):
                self._set(k, v)
            return
        self._set(self._index(i), value)

    def __iter__(self):
        for i in range(self._length_):
            yield self._get(i)

    @property
    def _type_name(self):
        return "%s_Array_%d" % (self._type_.__name__, self._length_)

    def __repr__(self):
        return "<%s.%s object at %#x>" % (__name__, self._type_name, id(self))

    def __reduce__(self):
        assert_spawning(self)
        return _SharedArray, (self._type_, self._length_, self._wrapper)

    # c_char arrays: the bytes up to the first NUL, and all of them.
    @property
    def value(self):
        if self._code != "c":
            raise AttributeError("'%s' object has no attribute 'value'" % self._type_name)
        data = self[:]
        return data.split(b"\0", 1)[0]

    @value.setter
    def value(self, data):
        if self._code != "c":
            raise AttributeError("'%s' object has no attribute 'value'" % self._type_name)
        if len(data) > self._length_:
            raise ValueError("byte string too long")
        if len(data) < self._length_:
            data = data + b"\0"
        self[:len(data)] = [data[i:i + 1] for i in range(len(data))]

    @property
    def raw(self):
        if self._code != "c":
            raise AttributeError("'%s' object has no attribute 'raw'" % self._type_name)
        return self[:]

    @raw.setter
    def raw(self, data):
        if self._code != "c":
            raise AttributeError("'%s' object has no attribute 'raw'" % self._type_name)
        if len(data) > self._length_:
            raise ValueError("byte string too long")
        self[:len(data)] = [data[i:i + 1] for i in range(len(data))]


def _type_of(typecode_or_type):
    if isinstance(typecode_or_type, str):
        try:
            return typecode_to_type[typecode_or_type]
        except KeyError:
            raise TypeError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)") from None
    if isinstance(typecode_or_type, type) and issubclass(typecode_or_type, ctypes._SimpleCData):
        return typecode_or_type
    raise NotImplementedError("multiprocessing.sharedctypes: only ctypes simple types and their typecodes are "
                              "supported by ferropy yet, not %r" % (typecode_or_type,))


def RawValue(typecode_or_type, *args):
    """A ctypes value in shared memory, not synchronized."""
    type_ = _type_of(typecode_or_type)
    obj = _new_value(type_)
    obj.value = args[0] if args else type_._default
    if len(args) > 1:
        raise TypeError("too many initializers")
    return obj


def RawArray(typecode_or_type, size_or_initializer):
    """A ctypes array in shared memory, not synchronized: of that many
    zeros, or holding the given sequence."""
    type_ = _type_of(typecode_or_type)
    if isinstance(size_or_initializer, int):
        result = _SharedArray(type_, size_or_initializer)
        if size_or_initializer:
            zero = type_._default
            result[:] = [zero] * size_or_initializer
        return result
    items = list(size_or_initializer)
    result = _SharedArray(type_, len(items))
    result[:] = items
    return result


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A synchronized shared value (lock True: a new RLock; a lock
    object: that one; False: no lock, the raw value)."""
    return _guarded(RawValue(typecode_or_type, *args), lock, ctx)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A synchronized shared array (lock as for Value)."""
    return _guarded(RawArray(typecode_or_type, size_or_initializer), lock, ctx)


def _guarded(obj, lock, ctx):
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or get_context()
        lock = ctx.RLock()
    if not hasattr(lock, "acquire"):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock, ctx=ctx)


def copy(obj):
    """A new shared object with the value(s) of obj."""
    if isinstance(obj, _SharedArray):
        new_obj = _SharedArray(obj._type_, obj._length_)
        new_obj[:] = obj[:]
        return new_obj
    new_obj = _new_value(type(obj).__mro__[1])
    new_obj.value = obj.value
    return new_obj


def synchronized(obj, lock=None, ctx=None):
    """obj wrapped so that each access holds `lock`."""
    assert not isinstance(obj, SynchronizedBase), "object already synchronized"
    ctx = ctx or get_context()
    if isinstance(obj, _SharedArray):
        if obj._code == "c":
            return SynchronizedString(obj, lock, ctx)
        return SynchronizedArray(obj, lock, ctx)
    return Synchronized(obj, lock, ctx)


class SynchronizedBase:
    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        if lock:
            self._lock = lock
        else:
            ctx = ctx or get_context(force=True)
            self._lock = ctx.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        assert_spawning(self)
        return synchronized, (self._obj, self._lock)

    def get_obj(self):
        """The shared object itself."""
        return self._obj

    def get_lock(self):
        """The lock that guards it."""
        return self._lock

    def __repr__(self):
        return "<%s wrapper for %s>" % (type(self).__name__, self._obj)


def _locked(name):
    """The attribute `name` of the wrapped object, read and written
    holding the lock."""
    def get(self):
        with self:
            return getattr(self._obj, name)

    def set(self, value):
        with self:
            setattr(self._obj, name, value)
    return property(get, set)


class Synchronized(SynchronizedBase):
    value = _locked("value")


class SynchronizedArray(SynchronizedBase):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self:
            self._obj[i] = value

    def __getslice__(self, start, stop):
        with self:
            return self._obj[start:stop]

    def __setslice__(self, start, stop, values):
        with self:
            self._obj[start:stop] = values


class SynchronizedString(SynchronizedArray):
    value = _locked("value")
    raw = _locked("raw")

"""Weak references (ferropy).

The reference types come from the interpreter (`_weakref`); the weak
containers and `finalize` are written here on top of `ref` callbacks.
"""

from _weakref import (ref, proxy, getweakrefcount, getweakrefs,
                      ReferenceType, ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]

ProxyTypes = (ProxyType, CallableProxyType)


class WeakMethod(ref):
    """A weak reference to a bound method that stays valid while the
    object and the function live."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = ref(func)
        self._meth_type = type(meth)
        self._alive = True
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry disappears when
    its value is no longer referenced elsewhere."""

    def __init__(self, other=(), /, **kwargs):
        self._data = {}
        self.update(other, **kwargs)

    def _remover(self, key):
        selfref = ref(self)
        def remove(wr):
            self_ = selfref()
            if self_ is not None and self_._data.get(key) is wr:
                del self_._data[key]
        return remove

    def __getitem__(self, key):
        o = self._data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self._data[key] = ref(value, self._remover(key))

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        wr = self._data.get(key)
        return wr is not None and wr() is not None

    def __len__(self):
        return sum(1 for wr in list(self._data.values()) if wr() is not None)

    def __iter__(self):
        for key, wr in list(self._data.items()):
            if wr() is not None:
                yield key

    def __repr__(self):
        return f"<WeakValueDictionary at {id(self):#x}>"

    def get(self, key, default=None):
        wr = self._data.get(key)
        if wr is None:
            return default
        o = wr()
        return default if o is None else o

    def keys(self):
        return list(iter(self))

    def values(self):
        return [v for v in (wr() for wr in list(self._data.values())) if v is not None]

    def items(self):
        return [(k, v) for k, v in ((k, wr()) for k, wr in list(self._data.items())) if v is not None]

    def pop(self, key, *default):
        try:
            o = self._data.pop(key)()
        except KeyError:
            if default:
                return default[0]
            raise
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), /, **kwargs):
        if hasattr(other, "items"):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def copy(self):
        return WeakValueDictionary(self.items())

    def clear(self):
        self._data.clear()


class WeakKeyDictionary:
    """A mapping whose keys are held weakly."""

    def __init__(self, dict=None):
        self._data = {}
        selfref = ref(self)
        def remove(wr):
            self_ = selfref()
            if self_ is not None:
                self_._data.pop(wr, None)
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self._data[ref(key)]

    def __setitem__(self, key, value):
        self._data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self._data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self._data

    def __len__(self):
        return sum(1 for wr in list(self._data) if wr() is not None)

    def __iter__(self):
        for wr in list(self._data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return f"<WeakKeyDictionary at {id(self):#x}>"

    def get(self, key, default=None):
        return self._data.get(ref(key), default)

    def keys(self):
        return list(iter(self))

    def values(self):
        return [v for wr, v in list(self._data.items()) if wr() is not None]

    def items(self):
        return [(o, v) for o, v in ((wr(), v) for wr, v in list(self._data.items())) if o is not None]

    def pop(self, key, *default):
        return self._data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self._data.setdefault(ref(key, self._remove), default)

    def update(self, other=(), /, **kwargs):
        if hasattr(other, "items"):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kwargs.items():
            self[k] = v


class WeakSet:
    """A set whose members are held weakly."""

    def __init__(self, data=None):
        self._data = set()
        selfref = ref(self)
        def remove(wr):
            self_ = selfref()
            if self_ is not None:
                self_._data.discard(wr)
        self._remove = remove
        if data is not None:
            for item in data:
                self.add(item)

    def add(self, item):
        self._data.add(ref(item, self._remove))

    def discard(self, item):
        self._data.discard(ref(item))

    def remove(self, item):
        self._data.remove(ref(item))

    def __contains__(self, item):
        try:
            return ref(item) in self._data
        except TypeError:
            return False

    def __iter__(self):
        for wr in list(self._data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in list(self._data) if wr() is not None)

    def __repr__(self):
        return f"{type(self).__name__}({list(self)!r})"

    # The rest of the set API, on the live members.

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def clear(self):
        self._data.clear()

    def pop(self):
        while True:
            try:
                wr = self._data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self._data.clear()
        else:
            self._data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self._data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self._data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self._data < set(map(ref, other))

    def issuperset(self, other):
        return self._data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self._data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self._data == set(map(ref, other))

    __hash__ = None

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self._data.clear()
        else:
            self._data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __reduce__(self):
        return self.__class__, (list(self),), self.__getstate__() if hasattr(self, "__getstate__") else None

    __class_getitem__ = classmethod(type(list[int]))


class finalize:
    """Calls func(*args, **kwargs) once, when obj is garbage collected (or
    when the finalizer is called, or at exit if `atexit` is true)."""

    _registry = {}

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit")

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        self._registry[self] = info

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info is not None:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return f"<{type(self).__name__} object at {id(self):#x}; dead>"
        return f"<{type(self).__name__} object at {id(self):#x}; for {type(obj).__name__!r} at {id(obj):#x}>"

"""Thread-local data: `threading.local`.

Each thread sees its own attributes on a `local` object. The object keeps
one dict per thread (by thread ident) and routes attribute access to the
running thread's dict, after the class's data descriptors and before its
other attributes, as ordinary attribute lookup does. A subclass's
`__init__` runs again, with the constructor's arguments, the first time
each other thread touches the object. A thread's dicts are dropped when
a `threading.Thread` ends.
"""

from _thread import get_ident
from weakref import WeakSet

__all__ = ["local"]

_MISSING = object()
# The implementation record of every live local object.
_impls = WeakSet()


class _LocalImpl:
    __slots__ = ("dicts", "args", "__weakref__")

    def __init__(self, args):
        self.dicts = {}
        self.args = args


def _forget_thread(ident):
    """Drop a finished thread's attributes from every local object."""
    for impl in list(_impls):
        impl.dicts.pop(ident, None)


def _class_attr(cls, name):
    for klass in cls.__mro__:
        found = klass.__dict__.get(name, _MISSING)
        if found is not _MISSING:
            return found
    return _MISSING


def _thread_dict(self):
    """This thread's attribute dict of `self`, made (and `__init__` run)
    on the thread's first use."""
    impl = object.__getattribute__(self, "_local__impl")
    ident = get_ident()
    d = impl.dicts.get(ident)
    if d is None:
        d = impl.dicts[ident] = {}
        cls = type(self)
        if cls.__init__ is not object.__init__:
            args, kw = impl.args
            cls.__init__(self, *args, **kw)
    return d


def _is_data_descriptor(attr):
    kind = type(attr)
    return hasattr(kind, "__set__") or hasattr(kind, "__delete__")


class local:
    """Attributes set on an instance are seen only by the thread that set
    them."""

    __slots__ = ("_local__impl", "__weakref__")

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _LocalImpl((args, kw))
        object.__setattr__(self, "_local__impl", impl)
        # The creating thread's dict exists now; type() calls __init__.
        impl.dicts[get_ident()] = {}
        _impls.add(impl)
        return self

    def __getattribute__(self, name):
        if name == "_local__impl":
            return object.__getattribute__(self, name)
        d = _thread_dict(self)
        if name == "__dict__":
            return d
        cls = type(self)
        attr = _class_attr(cls, name)
        if attr is not _MISSING and _is_data_descriptor(attr):
            return type(attr).__get__(attr, self, cls)
        if name in d:
            return d[name]
        if attr is not _MISSING:
            get = getattr(type(attr), "__get__", None)
            return attr if get is None else get(attr, self, cls)
        fallback = _class_attr(cls, "__getattr__")
        if fallback is not _MISSING:
            return fallback(self, name)
        raise AttributeError(f"{_type_name(cls)!r} object has no attribute {name!r}")

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError(f"{_type_name(type(self))!r} object attribute '__dict__' is read-only")
        d = _thread_dict(self)
        attr = _class_attr(type(self), name)
        if attr is not _MISSING and hasattr(type(attr), "__set__"):
            type(attr).__set__(attr, self, value)
            return
        d[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError(f"{_type_name(type(self))!r} object attribute '__dict__' is read-only")
        d = _thread_dict(self)
        attr = _class_attr(type(self), name)
        if attr is not _MISSING and hasattr(type(attr), "__delete__"):
            type(attr).__delete__(attr, self)
            return
        try:
            del d[name]
        except KeyError:
            raise AttributeError(f"{_type_name(type(self))!r} object has no attribute {name!r}") from None


# CPython's class is _thread._local (threading.local is that class).
local.__name__ = local.__qualname__ = "_local"
local.__module__ = "_thread"


def _type_name(cls):
    return "_thread._local" if cls is local else cls.__name__

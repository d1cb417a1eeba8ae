"""Names for the built-in types that have no name in builtins: `types`.

Each is the type of an object that has it, so they are exactly the
interpreter's own types."""

import sys as _sys

__all__ = ["FunctionType", "LambdaType", "CodeType", "MethodType", "BuiltinFunctionType",
           "BuiltinMethodType", "ModuleType", "GeneratorType", "CoroutineType",
           "AsyncGeneratorType", "NoneType", "EllipsisType", "NotImplementedType",
           "SimpleNamespace", "MappingProxyType", "TracebackType", "FrameType",
           "CellType", "GenericAlias", "UnionType"]


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_coroutine = _c()
CoroutineType = type(_coroutine)
_coroutine.close()


async def _ag():
    yield


AsyncGeneratorType = type(_ag())
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


def _cell():
    x = 1

    def inner():
        return x
    return inner.__closure__[0]


CellType = type(_cell())

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)
    del _e

GenericAlias = type(list[int])
UnionType = type(int | str)


class _Slotted:
    __slots__ = ("slot",)


GetSetDescriptorType = type(type.__dict__["__dict__"])
MemberDescriptorType = type(_Slotted.__dict__["slot"])
MethodDescriptorType = type(str.join)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
del _Slotted


def resolve_bases(bases):
    """Replace bases that define __mro_entries__ by what it returns (PEP 560)."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift : i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
            "subclass of the metaclasses of all its bases"
        )
    return winner


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, namespace and remaining keywords a class statement
    would use: (meta, ns, kwds)."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would, filling its namespace
    with exec_body(ns)."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


class DynamicClassAttribute(property):
    """A property on instances that falls back to the class's __getattr__
    when looked up on the class (enum's name and value)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        super().__init__(fget, fset, fdel, doc)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)


class _GeneratorWrapper:
    """A generator made awaitable by types.coroutine."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


def coroutine(func):
    """Make a generator function usable with await (the old style of
    coroutines)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    code = getattr(func, "__code__", None)
    if code is not None and code.co_flags & 0x180:
        return func
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if isinstance(coro, (CoroutineType, _GeneratorWrapper)) or not isinstance(coro, GeneratorType):
            return coro
        return _GeneratorWrapper(coro)

    return wrapped


class SimpleNamespace:
    """An object whose attributes are set from keyword arguments."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable), **kwargs)

    def __repr__(self):
        if self in _repr_running:
            return "namespace(...)"
        _repr_running.append(self)
        try:
            items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            _repr_running.remove(self)
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


_repr_running = []

del _sys, _f, _C, _g, _c, _ag, _cell

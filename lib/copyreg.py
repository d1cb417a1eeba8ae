"""Helpers for pickle and copy: `copyreg`.

`__reduce_ex__` here is what `object.__reduce_ex__` does in ferropy: it
describes an object as (constructor, arguments, state, list items, dict
items), the protocol `copy` and `pickle` rebuild objects from.
"""

__all__ = ["pickle", "constructor", "dispatch_table", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def _pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, _pickle_complex, complex)


def _pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), _pickle_union)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _slotnames(cls):
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                name = f"_{stripped}{name}" if stripped else name
            names.append(name)
    return names


def _state(obj):
    getstate = getattr(obj, "__getstate__", None)
    state = getstate() if getstate is not None else getattr(obj, "__dict__", None)
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots and getattr(type(obj), "__getstate__", None) is object.__getstate__:
        return (state, slots)
    return state


def __reduce_ex__(obj, proto):
    cls = type(obj)
    reduce = getattr(cls, "__reduce__", None)
    if reduce is not None and reduce is not object.__reduce__:
        return obj.__reduce__()
    if proto >= 2:
        getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
        kwargs = {}
        if getnewargs_ex is not None:
            args, kwargs = getnewargs_ex()
        else:
            getnewargs = getattr(obj, "__getnewargs__", None)
            args = getnewargs() if getnewargs is not None else ()
        listitems = iter(obj) if isinstance(obj, list) else None
        dictitems = iter(obj.items()) if isinstance(obj, dict) else None
        state = _state(obj)
        if kwargs:
            return (__newobj_ex__, (cls, tuple(args), kwargs), state, listitems, dictitems)
        return (__newobj__, (cls, *args), state, listitems, dictitems)
    # Protocols 0 and 1: rebuild from the nearest built-in base.
    for base in cls.__mro__:
        if base.__module__ == "builtins" and base is not cls or base is object:
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        state = base(obj)
    args = (cls, base, state)
    if type(obj).__getstate__ is object.__getstate__ and getattr(obj, "__slots__", None):
        raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
    dict_state = _state(obj)
    if dict_state:
        return _reconstructor, args, dict_state
    return _reconstructor, args


# The extension registry: (module, name) pairs pickled as a small integer
# code (EXT1/EXT2/EXT4 opcodes) instead of their names.
_extension_registry = {}    # (module, name) -> code
_inverted_registry = {}     # code -> (module, name)
_extension_cache = {}       # code -> object, as unpickling found it


def add_extension(module, name, code):
    """Registers (module, name) under an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7FFFFFFF:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregisters an extension code (for testing only)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()

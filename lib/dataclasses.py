"""Classes generated from annotated fields: the `dataclasses` module.

The generated methods are compiled from source text, as CPython does, so
they behave (and fail, with the same messages) like hand-written ones.
"""

import builtins as _builtins
import copy as _copy
import sys as _sys

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return "<dataclasses._MISSING_TYPE object>"


MISSING = _MissingType()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f"dataclasses.InitVar[{name}]"


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_initvar", "_classvar")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._initvar = False
        # A ClassVar annotation: listed in __dataclass_fields__, but no
        # generated method uses it.
        self._classvar = False

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r})")

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes one field: its default (or default_factory) and which
    generated methods use it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance):
    """The fields of a dataclass or of an instance of one, in order."""
    try:
        all_fields = getattr(class_or_instance, "__dataclass_fields__")
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if not (f._initvar or f._classvar))


def _string_names(kind, cls, target):
    """Whether a string annotation (`from __future__ import annotations`)
    starts with a name, maybe module-qualified, that the class's module
    binds to target."""
    if not isinstance(kind, str):
        return False
    import re
    match = re.match(r"\s*(?:(\w+)\s*\.)?\s*(\w+)", kind)
    if match is None:
        return False
    module = _sys.modules.get(cls.__module__)
    namespace = vars(module) if module is not None else {}
    prefix, name = match.groups()
    if prefix is None:
        found = namespace.get(name)
    else:
        found = getattr(namespace.get(prefix), name, None)
    return found is target


def _is_classvar(kind, cls):
    """Whether an annotation is typing.ClassVar or ClassVar[...]."""
    typing = _sys.modules.get("typing")
    if typing is None:
        return False
    if kind is typing.ClassVar or getattr(kind, "__origin__", None) is typing.ClassVar:
        return True
    return _string_names(kind, cls, typing.ClassVar)


def _is_initvar(kind, cls):
    """Whether an annotation is InitVar or InitVar[...]."""
    return isinstance(kind, InitVar) or kind is InitVar or _string_names(kind, cls, InitVar)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def asdict(obj, *, dict_factory=dict):
    """The fields of an instance as a dict, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of an instance as a tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, "__dataclass_fields__").values():
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be "
                                 "specified with replace()")
            continue
        if f.name not in changes:
            if f._initvar and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _create_fn(name, args, body, cls, globals_, returns=""):
    source = (f"def {name}({', '.join(args)}){returns}:\n"
              + "".join(f"    {line}\n" for line in body or ["pass"]))
    namespace = {}
    exec(source, globals_, namespace)
    fn = namespace[name]
    fn.__qualname__ = f"{cls.__qualname__}.{name}"
    return fn


def _recursive_repr(fn):
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            return fn(self)
        finally:
            running.discard(key)
    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    return wrapper


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                   weakref_slot=False):
    all_fields = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, "__dataclass_fields__", None)
        if base_fields is not None:
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    own = []
    in_kw_only = kw_only
    for name, kind in annotations.items():
        if kind is KW_ONLY or (isinstance(kind, str) and kind.endswith("KW_ONLY")):
            in_kw_only = True
            continue
        if kind is _sys.modules.get("typing", object()) and False:
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = kind
        if _is_classvar(kind, cls):
            if f.default_factory is not MISSING:
                raise TypeError(f"field {name} cannot have a default factory")
            f._classvar = True
            own.append(f)
            continue
        if _is_initvar(kind, cls):
            f._initvar = True
        if f.kw_only is MISSING:
            f.kw_only = in_kw_only
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: "
                             "use default_factory")
        own.append(f)
        # The class attribute keeps the plain default (or goes).
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for f in own:
        all_fields[f.name] = f
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    field_list = [f for f in all_fields.values() if not f._classvar]
    globals_ = {"MISSING": MISSING, "FrozenInstanceError": FrozenInstanceError,
                "__builtins__": __builtins__, "_object_setattr": object.__setattr__}

    if init:
        args = ["self"]
        body = []
        positional = [f for f in field_list if f.init and not f.kw_only]
        keyword = [f for f in field_list if f.init and f.kw_only]
        seen_default = False
        for f in positional:
            has_default = f.default is not MISSING or f.default_factory is not MISSING
            if has_default:
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
        for f in positional + keyword:
            if f is (keyword[0] if keyword else None):
                args.append("*")
            globals_[f"_type_{f.name}"] = f.type
            annotated = f"{f.name}:_type_{f.name}"
            if f.default_factory is not MISSING:
                globals_[f"_dflt_{f.name}"] = f.default_factory
                args.append(f"{annotated}=MISSING")
            elif f.default is not MISSING:
                globals_[f"_dflt_{f.name}"] = f.default
                args.append(f"{annotated}=_dflt_{f.name}")
            else:
                args.append(annotated)
        setter = "_object_setattr(self, {name!r}, {value})" if frozen else "self.{name} = {value}"
        for f in field_list:
            if f._initvar:
                continue
            if f.init:
                if f.default_factory is not MISSING:
                    value = f"_dflt_{f.name}() if {f.name} is MISSING else {f.name}"
                else:
                    value = f.name
            elif f.default_factory is not MISSING:
                globals_[f"_dflt_{f.name}"] = f.default_factory
                value = f"_dflt_{f.name}()"
            elif f.default is not MISSING:
                globals_[f"_dflt_{f.name}"] = f.default
                value = f"_dflt_{f.name}"
            else:
                continue
            body.append(setter.format(name=f.name, value=value))
        if hasattr(cls, "__post_init__"):
            initvars = ", ".join(f.name for f in field_list if f._initvar)
            body.append(f"self.__post_init__({initvars})")
        init_fn = _create_fn("__init__", args, body, cls, globals_, returns=" -> None")
        # As every generated method, it does not replace one the class defines.
        if "__init__" not in cls.__dict__:
            cls.__init__ = init_fn

    if repr and "__repr__" not in cls.__dict__:
        shown = [f.name for f in field_list if f.repr and not f._initvar]
        parts = ", ".join(f"{name}={{self.{name}!r}}" for name in shown)
        fn = _create_fn("__repr__", ["self"],
                        [f'return f"{{self.__class__.__qualname__}}({parts})"'], cls, globals_)
        cls.__repr__ = _recursive_repr(fn)

    compared = [f.name for f in field_list if f.compare and not f._initvar]
    as_tuple = "(" + "".join(f"self.{n}," for n in compared) + ")"
    other_tuple = "(" + "".join(f"other.{n}," for n in compared) + ")"
    if eq and "__eq__" not in cls.__dict__:
        cls.__eq__ = _create_fn("__eq__", ["self", "other"], [
            "if other.__class__ is self.__class__:",
            f"    return {as_tuple} == {other_tuple}",
            "return NotImplemented"], cls, globals_)
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")
            setattr(cls, name, _create_fn(name, ["self", "other"], [
                "if other.__class__ is self.__class__:",
                f"    return {as_tuple} {op} {other_tuple}",
                "return NotImplemented"], cls, globals_))

    if frozen:
        for name, body in (("__setattr__", ["self", "name", "value"]), ("__delattr__", ["self", "name"])):
            setattr(cls, name, _create_fn(name, body, [
                "if type(self) is cls or name in " + _builtins.repr(tuple(f.name for f in field_list)) + ":",
                "    raise FrozenInstanceError(f\"cannot assign to field {name!r}\")"
                if name == "__setattr__" else
                "    raise FrozenInstanceError(f\"cannot delete field {name!r}\")",
                f"super(cls, self).{name}({', '.join(body[1:])})"], cls, {**globals_, "cls": cls}))

    hashed = [f.name for f in field_list if (f.compare if f.hash is None else f.hash) and not f._initvar]
    hash_tuple = "(" + "".join(f"self.{n}," for n in hashed) + ")"
    has_explicit_hash = "__hash__" in cls.__dict__ and not (cls.__dict__["__hash__"] is None and "__eq__" in cls.__dict__)
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _create_fn("__hash__", ["self"], [f"return hash({hash_tuple})"], cls, globals_)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _create_fn("__hash__", ["self"], [f"return hash({hash_tuple})"], cls, globals_)
    elif eq and not has_explicit_hash:
        cls.__hash__ = None

    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in field_list if f.init and not f.kw_only)
    if not getattr(cls, "__doc__", None):
        try:
            import pydoc
            sig = pydoc._signature(cls.__init__, skip_first=True) if init else "()"
        except Exception:
            sig = "(...)"
        cls.__doc__ = cls.__name__ + sig.replace(" -> None", "")
    if slots:
        cls = _add_slots(cls, [f.name for f in field_list if not f._initvar], frozen, weakref_slot)
    return cls


def _add_slots(cls, field_names, frozen, weakref_slot):
    """The class made again with __slots__ for its fields (a class's
    __slots__ cannot be added after it is made)."""
    cls_dict = dict(cls.__dict__)
    if "__slots__" in cls_dict:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get("__slots__", ())
        inherited.update((slots,) if isinstance(slots, str) else slots)
    names = [name for name in field_names if name not in inherited]
    if weakref_slot and "__weakref__" not in inherited:
        names.append("__weakref__")
    cls_dict["__slots__"] = tuple(names)
    for name in field_names:
        # Defaults live in __init__; as class attributes they would clash
        # with the slots' descriptors.
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    for name in ("__setattr__", "__delattr__"):
        method = cls_dict.get(name)
        if frozen and method is not None and getattr(method, "__globals__", {}).get("cls") is cls:
            method.__globals__["cls"] = new_cls
    if frozen:
        if "__getstate__" not in cls_dict:
            new_cls.__getstate__ = _dataclass_getstate
        if "__setstate__" not in cls_dict:
            new_cls.__setstate__ = _dataclass_setstate
    return new_cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for field, value in zip(fields(self), state):
        object.__setattr__(self, field.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ (and more on request) built from
    the class's annotated fields."""
    def wrap(cls):
        if weakref_slot and not slots:
            raise TypeError("weakref_slot is True but slots is False")
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    namespace = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            namespace[name] = spec
        annotations[name] = tp
    namespace["__annotations__"] = annotations
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, **kwargs)

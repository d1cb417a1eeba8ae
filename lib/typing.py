"""Names for type annotations: the `typing` module, as far as scripts use
it at run time (subscripted generics with CPython's reprs, TypeVar,
Optional/Union, NamedTuple, TypedDict, Protocol, cast, overload).
Static checking is not the interpreter's business.
"""

import collections as _collections
import sys as _sys
import types as _types

__all__ = ["Any", "AnyStr", "Callable", "ClassVar", "Dict", "Final", "FrozenSet", "Generic",
           "Iterable", "Iterator", "List", "Literal", "Mapping", "MutableMapping",
           "MutableSequence", "MutableSet", "NamedTuple", "NoReturn", "Optional", "Protocol",
           "Sequence", "Set", "Tuple", "Type", "TypeVar", "TypedDict", "Union", "cast",
           "get_args", "get_origin", "get_type_hints", "overload", "TYPE_CHECKING", "Annotated",
           "Generator", "Awaitable", "Coroutine", "AsyncIterator", "AsyncIterable", "Hashable",
           "Sized", "Container", "Collection", "Reversible", "Deque", "DefaultDict", "Counter",
           "OrderedDict", "ChainMap", "Text", "SupportsInt", "SupportsFloat", "SupportsIndex",
           "SupportsAbs", "SupportsRound", "final", "runtime_checkable", "ParamSpec",
           "Concatenate", "TypeAlias", "Self", "LiteralString", "Never", "NewType",
           "no_type_check", "IO", "TextIO", "BinaryIO", "Pattern", "Match"]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


class _Special:
    """A special form or bare generic alias: Any, Optional, List, ..."""

    def __init__(self, name, origin=None, nparams=-1, getitem=None):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is not None:
            return self._getitem(self, params)
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f"Cannot instantiate {self!r}")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        if self.__origin__ is None:
            raise TypeError(f"Cannot subclass {self!r}")
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError(f"{self!r} cannot be used with isinstance()")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self._name


class _GenericAlias:
    """A subscripted form such as List[int] or Optional[str]."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin.__origin__ if isinstance(origin, _Special) else origin
        self._special = origin
        self.__args__ = args
        self._display = name

    def __repr__(self):
        if self._display is not None:
            return self._display
        args = ", ".join(_type_repr(a) if not isinstance(a, list)
                         else "[" + ", ".join(_type_repr(x) for x in a) + "]" for a in self.__args__)
        return f"{self._special!r}[{args}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = iter(params)
        args = tuple(next(params) if isinstance(a, TypeVar) else a for a in self.__args__)
        return _GenericAlias(self._special, args)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _union_getitem(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        p = type(None) if p is None else p
        if isinstance(p, _GenericAlias) and p._special is Union:
            for q in p.__args__:
                if q not in flat:
                    flat.append(q)
        elif p not in flat:
            flat.append(p)
    if len(flat) == 1:
        return flat[0]
    args = tuple(flat)
    if len(args) == 2 and type(None) in args:
        other = args[0] if args[1] is type(None) else args[1]
        return _GenericAlias(Union, args, f"typing.Optional[{_type_repr(other)}]")
    return _GenericAlias(Union, args)


def _optional_getitem(form, param):
    return Union[param, None]


def _callable_getitem(form, params):
    if not isinstance(params, tuple) or len(params) != 2:
        raise TypeError("Callable must be used as Callable[[arg, ...], result].")
    return _GenericAlias(form, (list(params[0]) if isinstance(params[0], (list, tuple)) else params[0],
                                params[1]))


def _literal_getitem(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _GenericAlias(form, params, "typing.Literal[" + ", ".join(map(repr, params)) + "]")


Any = _Special("Any")
NoReturn = _Special("NoReturn")
Never = _Special("Never")
Self = _Special("Self")
LiteralString = _Special("LiteralString")
TypeAlias = _Special("TypeAlias")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Union = _Special("Union", getitem=_union_getitem)
Optional = _Special("Optional", getitem=_optional_getitem)
Literal = _Special("Literal", getitem=_literal_getitem)
Annotated = _Special("Annotated")
Concatenate = _Special("Concatenate")
Callable = _Special("Callable", type(len), getitem=_callable_getitem)
List = _Special("List", list)
Dict = _Special("Dict", dict)
Set = _Special("Set", set)
FrozenSet = _Special("FrozenSet", frozenset)
Tuple = _Special("Tuple", tuple)
Type = _Special("Type", type)
Deque = _Special("Deque", _collections.deque)
DefaultDict = _Special("DefaultDict", _collections.defaultdict)
OrderedDict = _Special("OrderedDict", _collections.OrderedDict)
Counter = _Special("Counter", _collections.Counter)
ChainMap = _Special("ChainMap", _collections.ChainMap)
Text = str
for _name in ("Iterable", "Iterator", "Sequence", "MutableSequence", "Mapping", "MutableMapping",
              "MutableSet", "AbstractSet", "Generator", "Awaitable", "Coroutine", "AsyncIterator",
              "AsyncIterable", "AsyncGenerator", "Hashable", "Sized", "Container", "Collection",
              "Reversible", "ContextManager", "AsyncContextManager", "KeysView", "ValuesView",
              "ItemsView", "IO", "TextIO", "BinaryIO", "Pattern", "Match", "SupportsInt",
              "SupportsFloat", "SupportsIndex", "SupportsAbs", "SupportsRound", "SupportsComplex",
              "SupportsBytes"):
    globals()[_name] = _Special(_name)
del _name


class TypeVar:
    """A type variable: T = TypeVar('T')."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar("AnyStr", bytes, str)


class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return "~" + self.__name__


class Generic:
    """Base of user generic classes: class Box(Generic[T])."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            return _GenericAlias(cls, params, f"typing.{cls.__name__}[" +
                                 ", ".join(_type_repr(p) for p in params) + "]")
        return _GenericAlias(cls, params, f"{_type_repr(cls)}[" +
                             ", ".join(_type_repr(p) for p in params) + "]")


class Protocol(Generic):
    """Base of structural types (checked by static tools)."""

    __slots__ = ()


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    """Returns val unchanged (a hint for type checkers)."""
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError("You should not call an overloaded function. A series of "
                                  "@typing.overload-decorated functions outside a stub module "
                                  "should always be followed by an implementation that is not "
                                  "@typing.overload-ed.")
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    """The unsubscripted form of a generic type: list for list[int],
    types.UnionType for int | str; None for other objects."""
    if isinstance(tp, _types.GenericAlias):
        return tp.__origin__
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    if isinstance(tp, _GenericAlias):
        return tp.__origin__ if tp._special is not Union else Union
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments of a subscripted generic type: (int,) for list[int],
    ([int], str) for Callable[[int], str]."""
    if isinstance(tp, _types.GenericAlias):
        args = tp.__args__
        if getattr(tp.__origin__, "__name__", None) == "Callable" and args and args[0] is not Ellipsis:
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _types.UnionType):
        return tp.__args__
    if isinstance(tp, _GenericAlias):
        return tuple(tuple(a) if isinstance(a, list) else a for a in tp.__args__) \
            if tp._special is not Callable else (list(tp.__args__[0]), tp.__args__[1])
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module (strings evaluated)."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            module = _sys.modules.get(base.__module__)
            base_globals = globalns if globalns is not None else getattr(module, "__dict__", {})
            for name, value in ann.items():
                if isinstance(value, str):
                    value = eval(value, base_globals, localns)
                hints[name] = type(None) if value is None else value
        return hints
    ann = getattr(obj, "__annotations__", {}) or {}
    if globalns is None:
        globalns = getattr(obj, "__globals__", {})
    for name, value in ann.items():
        if isinstance(value, str):
            value = eval(value, globalns, localns)
        hints[name] = type(None) if value is None else value
    return hints


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def NamedTuple(typename, fields=None, /, **kwargs):
    """typing.NamedTuple: a namedtuple with annotated fields (functional
    form here; the class form is handled by __mro_entries__)."""
    if fields is None:
        fields = list(kwargs.items())
    names = [n for n, t in fields]
    nt = _collections.namedtuple(typename, names, module=_caller_module())
    nt.__annotations__ = dict(fields)
    return nt


def _caller_module():
    try:
        return _sys._getframe(2).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError, NotImplementedError):
        return "__main__"


def _namedtuple_mro_entries(bases):
    return (_NamedTupleBase,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get("_root", False):
            return super().__new__(mcls, typename, bases, ns)
        annotations = ns.get("__annotations__", {})
        defaults = [ns[n] for n in annotations if n in ns]
        nt = _collections.namedtuple(typename, list(annotations), defaults=defaults or None,
                                     module=ns.get("__module__", "__main__"))
        nt.__annotations__ = dict(annotations)
        for key, value in ns.items():
            if key in _NAMEDTUPLE_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NAMEDTUPLE_SPECIAL and key not in annotations and key != "_root":
                setattr(nt, key, value)
        return nt


# Members a NamedTuple class body may not define, and those the namedtuple
# made for it keeps (everything else, dunders included, is copied over).
_NAMEDTUPLE_PROHIBITED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                                    "_field_defaults", "_make", "_replace", "_asdict", "_source"})
_NAMEDTUPLE_SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})


class _NamedTupleBase(metaclass=_NamedTupleMeta):
    _root = True


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        if ns.get("_root", False):
            return super().__new__(mcls, name, (dict,), ns)
        cls = super().__new__(mcls, name, (dict,), ns)
        annotations = {}
        for base in bases:
            annotations.update(getattr(base, "__annotations__", {}))
        annotations.update(ns.get("__annotations__", {}))
        cls.__annotations__ = annotations
        cls.__total__ = total
        return cls

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")


class TypedDict(metaclass=_TypedDictMeta):
    """A dict with a fixed set of annotated keys (plain dicts at run time)."""
    _root = True

"""Abstract base classes: the `abc` module.

ABCMeta records which abstract methods a class still lacks in
`__abstractmethods__` (the interpreter refuses to instantiate such a
class) and keeps a registry of virtual subclasses for isinstance and
issubclass.
"""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractclassmethod", "abstractstaticmethod",
           "abstractproperty", "get_cache_token", "update_abstractmethods"]

_token = 0


def abstractmethod(funcobj):
    """Marks a method abstract: subclasses must override it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def get_cache_token():
    return _token


def _abstracts_of(cls):
    # Names in the order CPython adds them to the (frozen)set, so that the
    # set's iteration order is CPython's too.
    abstracts = [name for name, value in cls.__dict__.items()
                 if getattr(value, "__isabstractmethod__", False)]
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False) and name not in abstracts:
                abstracts.append(name)
    return frozenset(abstracts)


def update_abstractmethods(cls):
    """Recomputes the abstract methods of a class changed after creation."""
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _abstracts_of(cls)
    return cls


class ABCMeta(type):
    """The metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstracts_of(cls)
        cls._abc_registry = []
        return cls

    def register(cls, subclass):
        """Makes subclass a virtual subclass of cls."""
        global _token
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _token += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        # Answers are cached until the next register() anywhere.
        cache = cls.__dict__.get("_abc_cache")
        if cache is None or cache[0] != _token:
            cache = (_token, {})
            # object's setter: the cache is kept even on built-in types
            # that refuse attributes (StringIO registered with an ABC).
            object.__setattr__(cls, "_abc_cache", cache)
        known = cache[1].get(subclass)
        if known is not None:
            return known
        answer = cls._subclass_answer(subclass)
        cache[1][subclass] = answer
        return answer

    def _subclass_answer(cls, subclass):
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        if cls in getattr(subclass, "__mro__", ()):
            return True
        for registered in cls.__dict__.get("_abc_registry", ()):
            if issubclass(subclass, registered):
                return True
        for sub in type.__subclasses__(cls):
            if sub is not cls and issubclass(subclass, sub):
                return True
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)


class ABC(metaclass=ABCMeta):
    """A helper class: subclass it to make an abstract base class."""

    __slots__ = ()

"""Context variables (`contextvars`): values that belong to the running
context rather than to a module, so code run in another context (a task,
a callback) sees its own.

A Context maps ContextVars to values. Its mapping is never changed in
place: setting a variable gives the context a new mapping, so a copy
(`copy_context()`) is cheap and stays as it was. One context is current;
`Context.run` makes another current while a function runs.
"""

from types import GenericAlias
from _thread import get_ident as _get_ident

__all__ = ["Context", "ContextVar", "Token", "copy_context"]


class _Missing:
    def __repr__(self):
        return "<Token.MISSING>"


_MISSING = _Missing()


def _final(cls):
    """Refuses subclasses, as the built-in types do, and names the class
    as CPython's built-in one (in module `_contextvars`)."""
    def __init_subclass__(subclass, **kwargs):
        raise TypeError(f"type '_contextvars.{cls.__name__}' is not an acceptable base type")
    cls.__init_subclass__ = classmethod(__init_subclass__)
    cls.__module__ = "_contextvars"
    return cls


@_final
class Context:
    """A mapping of context variables to their values (read-only; change
    values with ContextVar.set inside Context.run)."""

    __slots__ = ("_data", "_entered", "_outer")

    def __init__(self):
        self._data = {}
        self._entered = False
        self._outer = None

    def run(self, callable, /, *args, **kwargs):
        """Calls `callable` with this context current; what it sets stays
        in this context."""
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        ident = _get_ident()
        self._outer = _current()
        self._entered = True
        _contexts[ident] = self
        try:
            return callable(*args, **kwargs)
        finally:
            _contexts[ident] = self._outer
            self._outer = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


# Each thread has its own current context (a new thread starts with an
# empty one, as in CPython), by thread ident.
_contexts = {}


def _current():
    ident = _get_ident()
    context = _contexts.get(ident)
    if context is None:
        context = _contexts[ident] = Context()
    return context


def _forget_thread(ident):
    """Drop a finished thread's context (threading calls this)."""
    _contexts.pop(ident, None)


def copy_context():
    """A copy of the current context."""
    return _current().copy()


@_final
class ContextVar:
    """A variable whose value depends on the current context."""

    __slots__ = ("_name", "_default")

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, default=_MISSING):
        """The value in the current context, else `default`, else the
        variable's default; LookupError if there is none."""
        try:
            return _current()._data[self]
        except KeyError:
            pass
        if default is not _MISSING:
            return default
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Sets the value in the current context; a Token to undo it."""
        context = _current()
        old = context._data.get(self, _MISSING)
        context._data = {**context._data, self: value}
        return Token(context, self, old)

    def reset(self, token):
        """Restores the value the variable had before `token`'s set()."""
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        current = _current()
        if token._context is not current:
            raise ValueError(f"{token!r} was created in a different Context")
        data = dict(current._data)
        if token._old_value is _MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old_value
        current._data = data
        token._used = True

    def __repr__(self):
        default = "" if self._default is _MISSING else f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{default} at 0x{id(self):x}>"

    __class_getitem__ = classmethod(GenericAlias)


@_final
class Token:
    """What ContextVar.set returns: the variable and its previous value
    (Token.MISSING if it had none), for ContextVar.reset."""

    __slots__ = ("_context", "_var", "_old_value", "_used")

    MISSING = _MISSING

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"

    __class_getitem__ = classmethod(GenericAlias)

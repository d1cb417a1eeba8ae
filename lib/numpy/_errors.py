"""numpy's exception types and its floating-point error handling
(`seterr`, `errstate`): what happens on division by zero, overflow,
underflow and invalid operations in ufuncs."""

import sys
import warnings


class AxisError(ValueError, IndexError):
    """An axis out of range for an array's dimensions."""

    def __init__(self, axis, ndim=None, msg_prefix=None):
        if ndim is None and msg_prefix is None:
            self._msg = axis
            self.axis = self.ndim = None
        else:
            self._msg = msg_prefix
            self.axis, self.ndim = axis, ndim
        super().__init__(str(self))

    def __str__(self):
        axis = getattr(self, "axis", None)
        if axis is None:
            message = getattr(self, "_msg", None)
            if message is None:
                message = self.args[0] if self.args else ""
            return str(message)
        text = f"axis {axis} is out of bounds for array of dimension {self.ndim}"
        return f"{self._msg}: {text}" if self._msg else text


class UFuncTypeError(TypeError):
    pass



class ComplexWarning(RuntimeWarning):
    pass


class TooHardError(RuntimeError):
    pass


_MODES = ("ignore", "warn", "raise", "call", "print", "log")
_state = {"divide": "warn", "over": "warn", "under": "ignore", "invalid": "warn"}
_TEXT = {"divide": "divide by zero", "over": "overflow", "under": "underflow", "invalid": "invalid value"}


def seterr(all=None, divide=None, over=None, under=None, invalid=None):
    old = dict(_state)
    for key, value in (("divide", divide), ("over", over), ("under", under), ("invalid", invalid)):
        value = value if value is not None else all
        if value is not None:
            if value not in _MODES:
                raise ValueError(f"invalid error handling mode {value!r}")
            if value in ("call", "log"):
                raise NotImplementedError(f"np.seterr(...='{value}') is not implemented in ferropy yet")
            _state[key] = value
    return old


def geterr():
    return dict(_state)


class errstate:
    """A context manager (and decorator) setting seterr for its block."""

    def __init__(self, *, call=None, all=None, divide=None, over=None, under=None, invalid=None):
        self._settings = dict(all=all, divide=divide, over=over, under=under, invalid=invalid)

    def __enter__(self):
        self._old = seterr(**self._settings)
        return self

    def __exit__(self, *exc):
        _state.clear()
        _state.update(self._old)

    def __call__(self, func):
        def wrapper(*args, **kwargs):
            with self:
                return func(*args, **kwargs)
        return wrapper


def _user_stacklevel():
    """The stacklevel of the first frame outside numpy (warnings point there)."""
    level = 1
    frame = sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__", "").startswith("numpy"):
        frame = frame.f_back
        level += 1
    return level


def fp_error(name, kinds):
    """Called by the native ufunc loops with the IEEE errors they met."""
    for kind in kinds:
        mode = _state[kind]
        if mode == "ignore":
            continue
        message = f"{_TEXT[kind]} encountered in {name}"
        if mode == "raise":
            raise FloatingPointError(message)
        if mode == "print":
            print(f"Warning: {message}")
            continue
        warnings.warn(message, RuntimeWarning, stacklevel=_user_stacklevel())

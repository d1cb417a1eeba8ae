"""Telling coroutines and coroutine functions apart, and describing a
coroutine in a Task's repr."""

__all__ = ("iscoroutinefunction", "iscoroutine")

import collections.abc
import inspect
import types

# The marker the removed @asyncio.coroutine left on generator functions.
_is_coroutine = object()


def iscoroutinefunction(func):
    """Whether calling func gives a coroutine."""
    return inspect.iscoroutinefunction(func) or getattr(func, "_is_coroutine", None) is _is_coroutine


_KNOWN = set()


def iscoroutine(obj):
    """Whether obj is a coroutine (native, generator-based, or registered
    with collections.abc.Coroutine)."""
    kind = type(obj)
    if kind in _KNOWN:
        return True
    if isinstance(obj, (types.CoroutineType, types.GeneratorType, collections.abc.Coroutine)):
        if len(_KNOWN) < 100:
            _KNOWN.add(kind)
        return True
    return False


def _format_coroutine(coro):
    """`name running at file:line` or `name done, defined at file:line`."""
    name = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", None)
    name = f"{name}()" if name else f"{type(coro).__name__}()"
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    if not code:
        running = getattr(coro, "cr_running", getattr(coro, "gi_running", False))
        return f"{name} running" if running else name
    frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
    filename = code.co_filename or "<empty co_filename>"
    if frame is not None:
        return f"{name} running at {filename}:{frame.f_lineno}"
    return f"{name} done, defined at {filename}:{code.co_firstlineno}"


def _is_debug_mode():
    """Debug mode: -X dev, or PYTHONASYNCIODEBUG set (unless -E)."""
    import os
    import sys

    return sys.flags.dev_mode or (not sys.flags.ignore_environment and bool(os.environ.get("PYTHONASYNCIODEBUG")))

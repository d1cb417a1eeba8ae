"""How callbacks and their sources appear in reprs and error reports."""

import functools
import inspect
import reprlib
import sys
import traceback

from . import constants


def _get_function_source(func):
    """(filename, first line) of a Python function, looking through
    functools.partial and partialmethod; None for others."""
    func = inspect.unwrap(func)
    if inspect.isfunction(func):
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    if isinstance(func, functools.partial):
        return _get_function_source(func.func)
    if isinstance(func, functools.partialmethod):
        return _get_function_source(func.func)
    return None


def _format_args_and_kwargs(args, kwargs):
    """`(1, 'a', key=2)`, each value shortened by reprlib."""
    parts = [reprlib.repr(arg) for arg in args or ()]
    parts += [f"{key}={reprlib.repr(value)}" for key, value in (kwargs or {}).items()]
    return "(" + ", ".join(parts) + ")"


def _format_callback(func, args, kwargs, suffix=""):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    name = getattr(func, "__qualname__", None) or getattr(func, "__name__", None) or repr(func)
    return name + _format_args_and_kwargs(args, kwargs) + suffix


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        text += f" at {source[0]}:{source[1]}"
    return text


def _walk_stack(f):
    """traceback.walk_stack, stopping where ferropy cannot see further
    (a frame called from native code has no known f_back)."""
    while f is not None:
        yield f, f.f_lineno
        try:
            f = f.f_back
        except NotImplementedError:
            return


def extract_stack(f=None, limit=None):
    """The stack at f (the caller by default), for debug-mode reports,
    without reading source lines until asked."""
    if f is None:
        f = sys._getframe().f_back
    if limit is None:
        limit = constants.DEBUG_STACK_DEPTH
    stack = traceback.StackSummary.extract(_walk_stack(f), limit=limit, lookup_lines=False)
    stack.reverse()
    return stack

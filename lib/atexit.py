"""Functions run when the interpreter exits: the `atexit` module.

Handlers run last-registered first, after the program ends (normally, by
sys.exit, or by an uncaught exception) and before modules are torn down.
"""

__all__ = ["register", "unregister"]

_handlers = []


def register(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) at exit; returns func (a decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Forgets every registration of func."""
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _ncallbacks():
    return len(_handlers)


def _clear():
    del _handlers[:]


def _run_exitfuncs():
    import sys
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            print(f"Exception ignored in atexit callback: {func!r}", file=sys.stderr)
            # The traceback starts in the handler, as when C code calls it.
            tb = exc.__traceback__
            if tb is not None:
                exc = exc.with_traceback(tb.tb_next)
            sys.excepthook(type(exc), exc, exc.__traceback__)

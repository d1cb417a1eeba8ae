"""What Future and Task share: their states and the parts of their reprs."""

__all__ = ()

import reprlib

from . import format_helpers

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


def isfuture(obj):
    """Whether obj is a Future by duck typing: a class that sets
    `_asyncio_future_blocking` (asyncio's Future, or a compatible one)."""
    return hasattr(obj.__class__, "_asyncio_future_blocking") and obj._asyncio_future_blocking is not None


def _format_callbacks(cb):
    """`cb=[f() at file:line, ...]`, the middle elided past three."""
    names = [format_helpers._format_callback_source(callback, ()) for callback, _ in cb]
    if len(names) > 2:
        names = [names[0], f"<{len(names) - 2} more>", names[-1]]
    return f"cb=[{', '.join(names)}]"


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f"exception={future._exception!r}")
        else:
            info.append(f"result={reprlib.repr(future._result)}")
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    if future._source_traceback:
        frame = future._source_traceback[-1]
        info.append(f"created at {frame[0]}:{frame[1]}")
    return info


@reprlib.recursive_repr()
def _future_repr(future):
    return f"<{future.__class__.__name__} {' '.join(future._repr_info())}>"

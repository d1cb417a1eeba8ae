"""Run calls asynchronously and collect their results through futures.

ThreadPoolExecutor runs them on a pool of threads. ProcessPoolExecutor
needs multiprocessing, which ferropy does not have yet: asking for it
raises ImportError saying so.
"""

from concurrent.futures._base import (
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    ALL_COMPLETED,
    CancelledError,
    TimeoutError,
    InvalidStateError,
    BrokenExecutor,
    Future,
    Executor,
    wait,
    as_completed,
)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = (
    "FIRST_COMPLETED",
    "FIRST_EXCEPTION",
    "ALL_COMPLETED",
    "CancelledError",
    "TimeoutError",
    "BrokenExecutor",
    "Future",
    "Executor",
    "wait",
    "as_completed",
    "ProcessPoolExecutor",
    "ThreadPoolExecutor",
)


def __dir__():
    return __all__ + ("__author__", "__doc__")


def __getattr__(name):
    if name == "ProcessPoolExecutor":
        raise ImportError(
            "ferropy: concurrent.futures.ProcessPoolExecutor needs multiprocessing, which ferropy does not have yet"
        )
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

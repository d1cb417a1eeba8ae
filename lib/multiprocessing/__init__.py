"""Processes with the threading API: Process, queues, pipes, locks,
shared values, managers and pools (CPython 3.11's multiprocessing, on
fork, spawn and forkserver; see docs/processes.md)."""

import sys

from . import context

__all__ = [x for x in dir(context._default_context) if not x.startswith("_")]
globals().update((name, getattr(context._default_context, name)) for name in __all__)

# The parent's main module, as a spawned child knows it.
SUBDEBUG = 5
SUBWARNING = 25

if "__main__" in sys.modules:
    sys.modules["__mp_main__"] = sys.modules["__main__"]

"""tracemalloc: ferropy does not trace memory allocations.

What can be answered truthfully is: is_tracing() is False, no object has
an allocation traceback, nothing is traced (0 bytes). Starting a trace
raises NotImplementedError.
"""

__all__ = ["is_tracing", "start", "stop", "get_object_traceback", "get_traced_memory",
           "get_traceback_limit", "clear_traces", "reset_peak", "take_snapshot", "get_tracemalloc_memory"]


def is_tracing():
    """Whether allocations are traced: never, in ferropy."""
    return False


def start(nframe=1):
    raise NotImplementedError("tracemalloc.start(): ferropy does not trace memory allocations")


def stop():
    """Stop tracing (nothing is traced)."""


def clear_traces():
    """Forget the traces (there are none)."""


def reset_peak():
    """Reset the peak of traced memory (always 0)."""


def get_object_traceback(obj):
    """Where obj was allocated: unknown while nothing is traced."""
    return None


def get_traced_memory():
    """(current, peak) bytes traced."""
    return (0, 0)


def get_tracemalloc_memory():
    """Memory used by the tracer itself."""
    return 0


def get_traceback_limit():
    """Frames kept per trace."""
    return 1


def take_snapshot():
    raise RuntimeError("the tracemalloc module must be tracing memory allocations to take a snapshot")

"""asyncio.proactor_events: the IOCP-style loop of Windows. ferropy runs
on Unix, where the selector loop is the loop; the module is importable
(test suites import it) and constructing its loop says so."""

__all__ = ("BaseProactorEventLoop",)

from . import base_events


class BaseProactorEventLoop(base_events.BaseEventLoop):
    def __init__(self, proactor):
        raise NotImplementedError("asyncio's proactor event loop is Windows-only; use the selector event loop")

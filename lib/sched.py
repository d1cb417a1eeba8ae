"""A general-purpose event scheduler: events run at given times, in order
of time, then priority, then the order they were scheduled."""

import heapq
import threading
import time as _time_module
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

Event = namedtuple("Event", "time, priority, sequence, action, argument, kwargs")
Event.time.__doc__ = "Numeric type compatible with the return value of the timefunc function passed to the constructor."
Event.priority.__doc__ = "Events scheduled for the same time will be executed in the order of their priority."
Event.sequence.__doc__ = "A continually increasing sequence number that separates events if time and priority are equal."
Event.action.__doc__ = "Executing the event means executing action(*argument, **kwargs)"
Event.argument.__doc__ = "argument is a sequence holding the positional arguments for the action."
Event.kwargs.__doc__ = "kwargs is a dictionary holding the keyword arguments for the action."

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=_time_module.monotonic, delayfunc=_time_module.sleep):
        """timefunc() gives the current time; delayfunc(seconds) waits."""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedules action(*argument, **kwargs) at `time`; returns the
        event (for cancel())."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedules an event `delay` time units from now."""
        time = self.timefunc() + delay
        return self.enterabs(time, priority, action, argument, kwargs)

    def cancel(self, event):
        """Removes an event from the queue (ValueError if it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Runs the events as their times come, waiting with delayfunc;
        with blocking=False, runs those already due and returns how long
        until the next one (None when there is none)."""
        while True:
            with self._lock:
                if not self._queue:
                    return None
                first = self._queue[0]
                now = self.timefunc()
                due = first.time <= now
                if due:
                    heapq.heappop(self._queue)
            if not due:
                if not blocking:
                    return first.time - now
                self.delayfunc(first.time - now)
                continue
            first.action(*first.argument, **first.kwargs)
            # A zero wait between events lets other threads run.
            self.delayfunc(0)

    @property
    def queue(self):
        """The events not yet run, in the order they will run."""
        with self._lock:
            pending = list(self._queue)
        return [heapq.heappop(pending) for _ in range(len(pending))]

"""Low-level threading primitives.

ferropy does not run threads yet (they come with the GIL work): locks,
thread-local data and thread identities work in the one thread there is,
and starting a thread raises NotImplementedError. A blocking acquire of a
lock that is held could only be released by another thread, so instead
of hanging forever it raises RuntimeError saying so; with a timeout it
waits the timeout and fails, as it would in CPython.
"""

import time as _time

error = RuntimeError
TIMEOUT_MAX = 9223372036.0

_MAIN_IDENT = 1


def get_ident():
    """The identity of the running thread (there is one)."""
    return _MAIN_IDENT


def get_native_id():
    """The operating system's id of the running thread."""
    import posix

    return posix.getpid()


def _count():
    return 0


def start_new_thread(function, args, kwargs=None):
    raise NotImplementedError("ferropy cannot start threads yet (_thread.start_new_thread)")


start_new = start_new_thread


def interrupt_main(signum=2):
    import signal

    signal.raise_signal(signum)


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


def _deadlock(what):
    return RuntimeError(f"ferropy: {what} would wait forever: it is held and no other thread can release it")


def _held_elsewhere(blocking, timeout):
    """An acquire of a lock another owner holds: fail at once, after the
    timeout, or (no timeout) raise rather than wait forever."""
    if not blocking:
        return False
    if timeout == -1:
        raise _deadlock("acquiring this lock")
    _time.sleep(timeout)
    return False


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be a non-negative number")


class LockType:
    """A lock: acquired by one owner at a time."""

    __slots__ = ("_locked", "__weakref__")

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        return _held_elsewhere(blocking, timeout)

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return f"<{state} _thread.lock object at {id(self):#x}>"


lock = LockType


def allocate_lock():
    """A new lock."""
    return LockType()


allocate = allocate_lock


class RLock:
    """A reentrant lock: its owner may acquire it again."""

    def __init__(self):
        self._count = 0
        self._owner = None

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if self._count == 0 or self._owner == get_ident():
            self._owner = get_ident()
            self._count += 1
            return True
        return _held_elsewhere(blocking, timeout)

    def release(self):
        if self._count == 0 or self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0

    def _at_fork_reinit(self):
        self._count = 0
        self._owner = None

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        return f"<{state} {self.__class__.__module__}.{self.__class__.__qualname__} object owner={self._owner or 0} count={self._count} at {id(self):#x}>"


class _local:
    """Thread-local data: with one thread, an ordinary namespace."""

    def __init__(self, *args, **kwargs):
        if (args or kwargs) and type(self).__init__ is _local.__init__:
            raise TypeError("Initialization arguments are not supported")


def daemon_threads_allowed():
    return True

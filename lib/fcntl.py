"""fcntl: fcntl(2), ioctl(2), flock(2) and lockf on file descriptors
(an int, or an object with fileno())."""

import _fcntl
from _fcntl import *  # noqa: F401,F403 (the F_*, LOCK_*, FD_* constants)

__all__ = ["fcntl", "ioctl", "flock", "lockf"] + [n for n in dir(_fcntl) if n.isupper()]


def _fd(fd):
    if isinstance(fd, int):
        descriptor = fd
    else:
        try:
            method = fd.fileno
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method.") from None
        descriptor = method()
        if not isinstance(descriptor, int):
            raise TypeError("fileno() returned a non-integer")
    if descriptor < 0:
        raise ValueError(f"file descriptor cannot be a negative integer ({descriptor})")
    return descriptor


def fcntl(fd, cmd, arg=0, /):
    """Perform cmd on fd. An int arg is passed by value and the call's
    int result returned; a str or bytes arg (at most 1024 bytes) is copied
    into a buffer whose contents after the call are returned."""
    fd = _fd(fd)
    if isinstance(arg, int):
        return _fcntl.fcntl_int(fd, cmd, arg)
    if isinstance(arg, str):
        arg = arg.encode()
    if isinstance(arg, (bytes, bytearray, memoryview)):
        return _fcntl.fcntl_buf(fd, cmd, bytes(arg))
    # Anything else must be usable as an int (its TypeError otherwise).
    return _fcntl.fcntl_int(fd, cmd, arg)


def ioctl(fd, request, arg=0, mutate_flag=True, /):
    """Perform request on fd. An int arg is passed by value; bytes give
    the buffer after the call; a mutable buffer (bytearray) is updated in
    place when mutate_flag is true, and the call's result returned."""
    fd = _fd(fd)
    if isinstance(arg, int):
        return _fcntl.ioctl_int(fd, request, arg)
    if isinstance(arg, str):
        arg = arg.encode()
    if isinstance(arg, bytearray) and mutate_flag:
        result, data = _fcntl.ioctl_buf(fd, request, bytes(arg))
        arg[:] = data
        return result
    if isinstance(arg, (bytes, bytearray, memoryview)):
        if len(arg) > 1024:
            raise ValueError("ioctl string arg too long")
        return _fcntl.ioctl_buf(fd, request, bytes(arg))[1]
    return _fcntl.ioctl_int(fd, request, arg)


def flock(fd, operation, /):
    """Apply or remove an advisory lock (LOCK_SH, LOCK_EX, LOCK_UN, with
    LOCK_NB not to wait)."""
    _fcntl.flock(_fd(fd), operation)


def lockf(fd, cmd, len=0, start=0, whence=0, /):
    """A POSIX record lock over len bytes from start (whence as in seek)
    with LOCK_UN, LOCK_SH or LOCK_EX (| LOCK_NB)."""
    _fcntl.lockf(_fd(fd), cmd, len, start, whence)

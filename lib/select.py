"""select: waiting for descriptors to become ready — select(), poll()
and epoll(), all over the kernel's poll(2) and epoll(7) (_selectcalls).
"""

import _selectcalls as _sc
from _selectcalls import (POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL, POLLRDNORM,  # noqa: F401
                          POLLRDBAND, POLLWRNORM, POLLWRBAND, POLLMSG, POLLRDHUP, EPOLLIN, EPOLLOUT,
                          EPOLLPRI, EPOLLERR, EPOLLHUP, EPOLLRDHUP, EPOLLET, EPOLLONESHOT,
                          EPOLLEXCLUSIVE, EPOLLRDNORM, EPOLLRDBAND, EPOLLWRNORM, EPOLLWRBAND, EPOLLMSG,
                          EPOLL_CLOEXEC, PIPE_BUF)
from time import monotonic as _monotonic

error = OSError


def _fileno(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            method = obj.fileno
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method.") from None
        fd = method()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError(f"file descriptor cannot be a negative integer ({fd})")
    return fd


def _wait_poll(pairs, timeout):
    """poll(2) that keeps waiting out the rest of the timeout after a
    signal handler ran (PEP 475)."""
    deadline = None if timeout is None else _monotonic() + timeout
    while True:
        ms = -1 if deadline is None else max(0, int(-(-(deadline - _monotonic()) * 1000 // 1)))
        ready = _sc.poll(pairs, ms)
        if ready is not None:
            return ready


def select(rlist, wlist, xlist, timeout=None):
    """Waits until some of the objects are ready for reading, writing or
    an exceptional condition; returns the three lists of those ready."""
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError("timeout must be a float or None")
        if timeout < 0:
            raise ValueError("timeout must be non-negative")
    lists = [list(rlist), list(wlist), list(xlist)]
    masks = (POLLIN, POLLOUT, POLLPRI)
    events = {}
    for objects, mask in zip(lists, masks):
        for obj in objects:
            fd = _fileno(obj)
            events[fd] = events.get(fd, 0) | mask
    ready = dict(_wait_poll(list(events.items()), timeout))
    for fd, revents in ready.items():
        if revents & POLLNVAL:
            raise OSError(9, "Bad file descriptor")
    readable = POLLIN | POLLHUP | POLLERR
    writable = POLLOUT | POLLERR
    result = ([], [], [])
    for out, objects, want in zip(result, lists, (readable, writable, POLLPRI)):
        for obj in objects:
            if ready.get(_fileno(obj), 0) & want:
                out.append(obj)
    return result


class poll:
    """A set of descriptors to wait on with poll(2)."""

    __module__ = "select"

    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT):
        self._fds[_fileno(fd)] = eventmask & 0xFFFF

    def modify(self, fd, eventmask):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, "No such file or directory")
        self._fds[fd] = eventmask & 0xFFFF

    def unregister(self, fd):
        del self._fds[_fileno(fd)]

    def poll(self, timeout=None):
        if timeout is not None:
            if not isinstance(timeout, (int, float)):
                raise TypeError("timeout must be an integer or None")
            if timeout < 0:
                timeout = None
            else:
                timeout = timeout / 1000
        return _wait_poll(list(self._fds.items()), timeout)


class epoll:
    """An epoll(7) instance: register descriptors, then poll for events."""

    __module__ = "select"

    def __init__(self, sizehint=-1, flags=0):
        if sizehint == 0 or sizehint < -1:
            raise ValueError("negative sizehint")
        self._epfd = _sc.epoll_create()

    @classmethod
    def fromfd(cls, fd):
        self = cls.__new__(cls)
        self._epfd = fd
        return self

    def _check(self):
        if self._epfd < 0:
            raise ValueError("I/O operation on closed epoll object")
        return self._epfd

    @property
    def closed(self):
        return self._epfd < 0

    def fileno(self):
        return self._check()

    def close(self):
        fd, self._epfd = self._epfd, -1
        if fd >= 0:
            import os
            os.close(fd)

    def __del__(self):
        if getattr(self, "_epfd", -1) >= 0:
            self.close()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        _sc.epoll_ctl(self._check(), 1, _fileno(fd), eventmask)

    def modify(self, fd, eventmask):
        _sc.epoll_ctl(self._check(), 3, _fileno(fd), eventmask)

    def unregister(self, fd):
        _sc.epoll_ctl(self._check(), 2, _fileno(fd), 0)

    def poll(self, timeout=None, maxevents=-1):
        epfd = self._check()
        if timeout is not None and timeout < 0:
            timeout = None
        if maxevents == -1:
            maxevents = 1023
        elif maxevents <= 0:
            raise ValueError(f"maxevents must be greater than 0, got {maxevents}")
        deadline = None if timeout is None else _monotonic() + timeout
        while True:
            ms = -1 if deadline is None else max(0, int(-(-(deadline - _monotonic()) * 1000 // 1)))
            ready = _sc.epoll_wait(epfd, ms, maxevents)
            if ready is not None:
                return ready

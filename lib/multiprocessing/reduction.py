"""How objects cross processes: ForkingPickler (pickle with reducers a
module may register for its own types) and DupFd, a descriptor handed to
the child being started."""

import array
import copyreg
import functools
import io
import os
import pickle
import socket
import sys

from . import context

__all__ = ["send_handle", "recv_handle", "ForkingPickler", "register", "dump", "DupFd", "sendfds", "recvfds"]

HAVE_SEND_HANDLE = True


class ForkingPickler(pickle.Pickler):
    """A Pickler that also knows the reducers given to register()."""

    _extra_reducers = {}
    _copyreg_dispatch_table = copyreg.dispatch_table

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.dispatch_table = self._copyreg_dispatch_table.copy()
        self.dispatch_table.update(self._extra_reducers)

    @classmethod
    def register(cls, type, reduce):
        """Pickles instances of `type` with `reduce`."""
        cls._extra_reducers[type] = reduce

    @classmethod
    def dumps(cls, obj, protocol=None):
        # Built-in values, functions and classes never consult the
        # registered reducers: the native fast path writes them.
        data = pickle._fast_dumps(obj, protocol)
        if data is not None:
            return data
        buf = io.BytesIO()
        cls(buf, protocol).dump(obj)
        return buf.getvalue()

    loads = pickle.loads


register = ForkingPickler.register


def dump(obj, file, protocol=None):
    """Pickles obj to file with ForkingPickler."""
    ForkingPickler(file, protocol).dump(obj)


def DupFd(fd):
    """A descriptor for the child being started: under spawn the child
    inherits the same number; under fork it has it already."""
    popen_obj = context.get_spawning_popen()
    if popen_obj is not None:
        wrapper = getattr(popen_obj, "DupFd", _DupFd)
        return wrapper(popen_obj.duplicate_for_child(fd))
    # Pickled for a process that is already running: it fetches the
    # descriptor from this process's resource sharer when it unpickles.
    from . import resource_sharer

    return resource_sharer.DupFd(fd)


class _DupFd:
    def __init__(self, fd):
        self.fd = fd

    def detach(self):
        return self.fd


def sendfds(sock, fds):
    """Send descriptors over a Unix socket (SCM_RIGHTS), with one byte
    saying how many (modulo 256) so the receiver can check."""
    fds = array.array("i", fds)
    sock.sendmsg([bytes([len(fds) % 256])], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, fds)])


def recvfds(sock, size):
    """Receive `size` descriptors sent by sendfds."""
    fds = array.array("i")
    msg, ancdata, flags, addr = sock.recvmsg(1, socket.CMSG_SPACE(size * fds.itemsize))
    if not msg and not ancdata:
        raise EOFError
    if len(ancdata) != 1:
        raise RuntimeError(f"received {len(ancdata)} items of ancdata")
    level, kind, data = ancdata[0]
    if level != socket.SOL_SOCKET or kind != socket.SCM_RIGHTS:
        raise RuntimeError("Invalid data received")
    if len(data) % fds.itemsize != 0:
        raise ValueError
    fds.frombytes(data)
    if len(fds) % 256 != msg[0]:
        raise AssertionError(f"Len is {len(fds)} but msg[0] is {msg[0]!r}")
    return list(fds)


def send_handle(conn, handle, destination_pid):
    """Send a descriptor to the process at the other end of a connection."""
    with socket.fromfd(conn.fileno(), socket.AF_UNIX, socket.SOCK_STREAM) as s:
        sendfds(s, [handle])


def recv_handle(conn):
    """Receive a descriptor sent with send_handle."""
    with socket.fromfd(conn.fileno(), socket.AF_UNIX, socket.SOCK_STREAM) as s:
        return recvfds(s, 1)[0]


# Bound methods, and methods of built-in types, are pickled as
# getattr(owner, name).
def _reduce_method(m):
    if m.__self__ is None:
        return getattr, (m.__class__, m.__func__.__name__)
    return getattr, (m.__self__, m.__func__.__name__)


class _C:
    def f(self):
        pass


register(type(_C().f), _reduce_method)


def _reduce_method_descriptor(m):
    return getattr, (m.__objclass__, m.__name__)


register(type(list.append), _reduce_method_descriptor)
register(type(int.__add__), _reduce_method_descriptor)


def _reduce_partial(p):
    return _rebuild_partial, (p.func, p.args, p.keywords or {})


def _rebuild_partial(func, args, keywords):
    return functools.partial(func, *args, **keywords)


register(functools.partial, _reduce_partial)


def _reduce_socket(s):
    df = DupFd(s.fileno())
    return _rebuild_socket, (df, s.family, s.type, s.proto)


def _rebuild_socket(df, family, type, proto):
    fd = df.detach()
    return socket.socket(family, type, proto, fileno=fd)


register(socket.socket, _reduce_socket)


class AbstractReducer:
    """The interface a replacement `reducer` of a context provides."""

    ForkingPickler = ForkingPickler
    register = register
    dump = dump
    send_handle = send_handle
    recv_handle = recv_handle
    DupFd = DupFd
    _reduce_method = _reduce_method
    _reduce_method_descriptor = _reduce_method_descriptor
    _rebuild_partial = _rebuild_partial
    _reduce_socket = _reduce_socket
    _rebuild_socket = _rebuild_socket

    def __init__(self, *args):
        register(type(_C().f), _reduce_method)
        register(type(list.append), _reduce_method_descriptor)
        register(type(int.__add__), _reduce_method_descriptor)
        register(functools.partial, _reduce_partial)
        register(socket.socket, _reduce_socket)

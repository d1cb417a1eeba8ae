"""Connections: message channels over pipes and sockets (send/recv of
pickled objects, send_bytes/recv_bytes of length-prefixed messages),
Pipe(), wait(), and Listener/Client with an HMAC handshake."""

import io
import itertools
import os
import selectors
import socket
import struct
import sys
import tempfile
import time

from . import util
from . import reduction
from .context import AuthenticationError, BufferTooShort

_ForkingPickler = reduction.ForkingPickler

__all__ = ["Client", "Listener", "Pipe", "wait"]

BUFSIZE = 8192
# A message's length, before it (-1: an 8-byte length follows).
_HEADER = struct.Struct("!i")
CONNECTION_TIMEOUT = 20.0
_mmap_counter = itertools.count()

default_family = "AF_UNIX"
families = ["AF_INET", "AF_UNIX"]


def _init_timeout(timeout=CONNECTION_TIMEOUT):
    return time.monotonic() + timeout


def _check_timeout(t):
    return time.monotonic() > t


def arbitrary_address(family):
    """An address nobody listens on yet, for `family`."""
    if family == "AF_INET":
        return ("localhost", 0)
    elif family == "AF_UNIX":
        return tempfile.mktemp(prefix="listener-", dir=util.get_temp_dir())
    raise ValueError("unrecognized family")


def address_type(address):
    """The family an address belongs to."""
    if type(address) == tuple:
        return "AF_INET"
    elif type(address) is str and address.startswith("\\\\"):
        return "AF_PIPE"
    elif type(address) is str or util.is_abstract_socket_namespace(address):
        return "AF_UNIX"
    raise ValueError("address type of %r unrecognized" % address)


class _ConnectionBase:
    _handle = None

    def __init__(self, handle, readable=True, writable=True):
        handle = handle.__index__()
        if handle < 0:
            raise ValueError("invalid handle")
        if not readable and not writable:
            raise ValueError("at least one of `readable` and `writable` must be True")
        self._handle = handle
        self._readable = readable
        self._writable = writable

    def __del__(self):
        if self._handle is not None:
            self._close()

    def _check_closed(self):
        if self._handle is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    def _bad_message_length(self):
        if self._writable:
            self._readable = False
        else:
            self.close()
        raise OSError("bad message length")

    @property
    def closed(self):
        """True if the connection is closed."""
        return self._handle is None

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        """The file descriptor of the connection."""
        self._check_closed()
        return self._handle

    def close(self):
        """Closes the connection."""
        if self._handle is not None:
            try:
                self._close()
            finally:
                self._handle = None

    def send_bytes(self, buf, offset=0, size=None):
        """Sends the bytes of a bytes-like object (or a part of it)."""
        self._check_closed()
        self._check_writable()
        if offset == 0 and size is None and type(buf) is bytes:
            self._send_bytes(buf)
            return
        m = memoryview(buf)
        if m.itemsize > 1:
            m = m.cast("B")
        n = m.nbytes
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        self._send_bytes(bytes(m[offset:offset + size]))

    def send(self, obj):
        """Sends a picklable object."""
        self._check_closed()
        self._check_writable()
        self._send_bytes(_ForkingPickler.dumps(obj))

    def recv_bytes(self, maxlength=None):
        """One message's bytes."""
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        buf = self._recv_bytes(maxlength)
        if buf is None:
            self._bad_message_length()
        return buf

    def recv_bytes_into(self, buf, offset=0):
        """Reads one message into a writable buffer; its length. A
        message longer than the room left raises BufferTooShort, with the
        whole message as its argument."""
        self._check_closed()
        self._check_readable()
        with memoryview(buf) as m:
            itemsize = m.itemsize
            bytesize = itemsize * len(m)
            if offset < 0:
                raise ValueError("negative offset")
            elif offset > bytesize:
                raise ValueError("offset too large")
            data = self._recv_bytes()
            size = len(data)
            if bytesize < offset + size:
                raise BufferTooShort(data)
            view = m.cast("B") if itemsize > 1 else m
            view[offset:offset + size] = data
            return size // itemsize

    def recv(self):
        """One object sent with send()."""
        self._check_closed()
        self._check_readable()
        return _ForkingPickler.loads(self._recv_bytes())

    def poll(self, timeout=0.0):
        """Whether there is data to read (waiting up to `timeout`
        seconds; None: until there is)."""
        self._check_closed()
        self._check_readable()
        return self._poll(timeout)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


class Connection(_ConnectionBase):
    """A connection over a file descriptor (a pipe's end or a socket)."""

    def _close(self, _close=os.close):
        _close(self._handle)

    def _send(self, buf, write=os.write):
        remaining = len(buf)
        view = memoryview(buf)
        while True:
            n = write(self._handle, view)
            remaining -= n
            if remaining == 0:
                break
            view = view[n:]

    def _recv(self, size, read=os.read):
        """Exactly `size` bytes (EOFError at a clean end)."""
        handle = self._handle
        chunk = read(handle, size)
        if len(chunk) == size:
            return chunk
        if not chunk:
            raise EOFError
        parts = [chunk]
        remaining = size - len(chunk)
        while remaining > 0:
            chunk = read(handle, remaining)
            if not chunk:
                raise OSError("got end of file during message")
            parts.append(chunk)
            remaining -= len(chunk)
        return b"".join(parts)

    def _send_bytes(self, buf):
        n = len(buf)
        if n > 0x7fffffff:
            header = struct.pack("!i", -1) + struct.pack("!Q", n)
            self._send(header)
            self._send(buf)
        elif n > 16384:
            # Two writes: no copy of a large message just to prefix it.
            self._send(_HEADER.pack(n))
            self._send(buf)
        else:
            self._send(_HEADER.pack(n) + buf)

    def _recv_bytes(self, maxsize=None):
        size, = _HEADER.unpack(self._recv(4))
        if size == -1:
            size, = struct.unpack("!Q", self._recv(8))
        if maxsize is not None and size > maxsize:
            return None
        return self._recv(size)

    def _poll(self, timeout):
        r = wait([self], timeout)
        return bool(r)


def Pipe(duplex=True):
    """A pair of connected Connections; with duplex False the first only
    receives and the second only sends."""
    if duplex:
        s1, s2 = socket.socketpair()
        s1.setblocking(True)
        s2.setblocking(True)
        c1 = Connection(s1.detach())
        c2 = Connection(s2.detach())
    else:
        fd1, fd2 = os.pipe()
        c1 = Connection(fd1, writable=False)
        c2 = Connection(fd2, readable=False)
    return c1, c2


def wait(object_list, timeout=None):
    """The objects of the list that are ready (connections and sockets
    with data or at end, sentinels of ended processes, descriptors),
    waiting up to `timeout` seconds (None: until one is)."""
    with selectors.DefaultSelector() as selector:
        for obj in object_list:
            selector.register(obj, selectors.EVENT_READ)
        if timeout is not None:
            deadline = time.monotonic() + timeout
        while True:
            ready = selector.select(timeout)
            if ready:
                return [key.fileobj for (key, events) in ready]
            if timeout is not None:
                timeout = deadline - time.monotonic()
                if timeout < 0:
                    return []


# ----- listeners and clients ----------------------------------------------------

class SocketListener:
    """A listening socket that accepts Connections."""

    def __init__(self, address, family, backlog=1):
        self._socket = socket.socket(getattr(socket, family))
        try:
            if os.name == "posix":
                self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self._socket.setblocking(True)
            self._socket.bind(address)
            self._socket.listen(backlog)
            self._address = self._socket.getsockname()
        except OSError:
            self._socket.close()
            raise
        self._family = family
        self._last_accepted = None
        if family == "AF_UNIX" and not util.is_abstract_socket_namespace(address):
            self._unlink = util.Finalize(self, os.unlink, args=(address,), exitpriority=0)
        else:
            self._unlink = None

    def accept(self):
        s, self._last_accepted = self._socket.accept()
        s.setblocking(True)
        return Connection(s.detach())

    def close(self):
        try:
            self._socket.close()
        finally:
            unlink = self._unlink
            if unlink is not None:
                self._unlink = None
                unlink()


def SocketClient(address):
    """A Connection to a listener's address."""
    family = address_type(address)
    with socket.socket(getattr(socket, family)) as s:
        s.setblocking(True)
        s.connect(address)
        return Connection(s.detach())


class Listener:
    """Accepts connections at an address (a path for AF_UNIX, (host,
    port) for AF_INET); with an authkey, each client must prove it holds
    the same key."""

    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        family = family or (address and address_type(address)) or default_family
        address = address or arbitrary_address(family)
        _validate_family(family)
        self._listener = SocketListener(address, family, backlog)
        if authkey is not None and not isinstance(authkey, bytes):
            raise TypeError("authkey should be a byte string")
        self._authkey = authkey

    def accept(self):
        """A Connection with the next client."""
        if self._listener is None:
            raise OSError("listener is closed")
        c = self._listener.accept()
        if self._authkey:
            deliver_challenge(c, self._authkey)
            answer_challenge(c, self._authkey)
        return c

    def close(self):
        """Stops listening."""
        listener = self._listener
        if listener is not None:
            self._listener = None
            listener.close()

    @property
    def address(self):
        return self._listener._address

    @property
    def last_accepted(self):
        return self._listener._last_accepted

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Client(address, family=None, authkey=None):
    """A Connection to the Listener at `address`."""
    family = family or address_type(address)
    _validate_family(family)
    c = SocketClient(address)
    if authkey is not None and not isinstance(authkey, bytes):
        raise TypeError("authkey should be a byte string")
    if authkey is not None:
        answer_challenge(c, authkey)
        deliver_challenge(c, authkey)
    return c


def _validate_family(family):
    if family not in families:
        raise ValueError("Family %s is not recognized." % family)


# The handshake: each side sends a random challenge that the other must
# answer with its HMAC under the shared key.
MESSAGE_LENGTH = 20
CHALLENGE = b"#CHALLENGE#"
WELCOME = b"#WELCOME#"
FAILURE = b"#FAILURE#"


def deliver_challenge(connection, authkey):
    import hmac
    if not isinstance(authkey, bytes):
        raise ValueError("Authkey must be bytes, not {0!s}".format(type(authkey)))
    message = os.urandom(MESSAGE_LENGTH)
    connection.send_bytes(CHALLENGE + message)
    digest = hmac.new(authkey, message, "md5").digest()
    response = connection.recv_bytes(256)
    if response == digest:
        connection.send_bytes(WELCOME)
    else:
        connection.send_bytes(FAILURE)
        raise AuthenticationError("digest received was wrong")


def answer_challenge(connection, authkey):
    import hmac
    if not isinstance(authkey, bytes):
        raise ValueError("Authkey must be bytes, not {0!s}".format(type(authkey)))
    message = connection.recv_bytes(256)
    assert message[:len(CHALLENGE)] == CHALLENGE, "message = %r" % message
    message = message[len(CHALLENGE):]
    digest = hmac.new(authkey, message, "md5").digest()
    connection.send_bytes(digest)
    response = connection.recv_bytes(256)
    if response != WELCOME:
        raise AuthenticationError("digest sent was rejected")


# ----- connections sent to other processes --------------------------------------

def reduce_connection(conn):
    df = reduction.DupFd(conn.fileno())
    return rebuild_connection, (df, conn.readable, conn.writable)


def rebuild_connection(df, readable, writable):
    fd = df.detach()
    return Connection(fd, readable, writable)


reduction.register(Connection, reduce_connection)

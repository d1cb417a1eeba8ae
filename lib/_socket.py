"""_socket: the socket object and the module functions under `socket`.

A socket object owns one descriptor. Its timeout decides how calls wait:
None blocks in the kernel; 0.0 never waits (BlockingIOError); a positive
timeout keeps the descriptor non-blocking and waits for readiness with
poll until the deadline (TimeoutError "timed out"). The system calls are
_socketcalls', one per function, on the descriptor.
"""

import _socketcalls as _sc
from _socketcalls import *  # noqa: F401,F403  (the constants)
from time import monotonic as _monotonic

for _name in ("socket", "socketpair", "info", "bind", "connect", "listen", "accept", "send", "sendto",
              "recv", "recvfrom", "shutdown", "getsockname", "getpeername", "setblocking", "setsockopt",
              "getsockopt", "wait", "close", "dup", "getaddrinfo", "getnameinfo", "gethostname",
              "gethostbyaddr"):
    globals().pop(_name, None)
del _name

from _socketcalls import getnameinfo, gethostname, gethostbyaddr  # noqa: E402

error = OSError
timeout = TimeoutError
has_ipv6 = True
_EWOULDBLOCK = 11
_EINPROGRESS = 115


class herror(OSError):
    __module__ = "socket"


class gaierror(OSError):
    __module__ = "socket"


_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def _timeout_value(value):
    if value is None:
        return None
    if isinstance(value, (int, float)):
        seconds = float(value)
    else:
        import operator
        seconds = float(operator.index(value))
    if seconds != seconds:
        raise ValueError("Invalid value NaN (not a number)")
    if seconds < 0:
        raise ValueError("Timeout value out of range")
    if seconds * 1e9 > 9.2e18:
        raise OverflowError("timestamp out of range for platform time_t")
    return seconds


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _timeout_value(timeout)


def _bad_fd():
    return OSError(9, "Bad file descriptor")


class socket:
    """socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)"""

    __module__ = "_socket"

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        self._fd = -1
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            fd = _sc.socket(family, type, proto)
        else:
            if isinstance(fileno, float):
                raise TypeError("'float' object cannot be interpreted as an integer")
            fd = fileno.__index__()
            if fd < 0:
                raise ValueError("negative file descriptor")
            kernel_family, kernel_type, kernel_proto = _sc.info(fd)
            family = kernel_family if family == -1 else family
            type = kernel_type if type == -1 else type
            proto = kernel_proto if proto == -1 else proto
        self._fd = fd
        self._family = family
        self._type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self._proto = proto
        self._timeout = None
        if type & SOCK_NONBLOCK:
            self._set_timeout(0.0)
        elif _default_timeout is not None:
            self._set_timeout(_default_timeout)

    family = property(lambda self: self._family)
    type = property(lambda self: self._type)
    proto = property(lambda self: self._proto)
    timeout = property(lambda self: self._timeout)

    def _checked_fd(self):
        if self._fd < 0:
            raise _bad_fd()
        return self._fd

    def fileno(self):
        return self._fd

    def close(self):
        fd, self._fd = self._fd, -1
        if fd >= 0:
            _sc.close(fd)

    def detach(self):
        fd, self._fd = self._fd, -1
        return fd

    def __del__(self):
        if getattr(self, "_fd", -1) >= 0:
            try:
                import warnings
                warnings.warn(f"unclosed {self!r}", ResourceWarning, source=self)
            except Exception:
                pass
            self.close()

    def __repr__(self):
        return (f"<socket object, fd={self._fd}, family={self._family}, type={self._type}, "
                f"proto={self._proto}>")

    def __getstate__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")

    # --- timeouts ------------------------------------------------------

    def _set_timeout(self, value):
        self._timeout = value
        if self._fd >= 0:
            _sc.setblocking(self._fd, value is None)

    def settimeout(self, value):
        self._set_timeout(_timeout_value(value))

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._set_timeout(None if flag else 0.0)

    def getblocking(self):
        return self._timeout != 0.0

    def _call(self, writing, function, *args):
        """One system call, waiting under the socket's timeout while the
        descriptor is not ready."""
        fd = self._checked_fd()
        timeout = self._timeout
        if not timeout:
            return function(fd, *args)
        deadline = _monotonic() + timeout
        while True:
            try:
                return function(fd, *args)
            except BlockingIOError:
                pass
            remaining = deadline - _monotonic()
            if remaining <= 0 or not _sc.wait(fd, writing, remaining):
                raise TimeoutError("timed out")

    # --- connections ---------------------------------------------------

    def bind(self, address):
        _sc.bind(self._checked_fd(), self._family, address)

    def listen(self, backlog=None):
        if backlog is None:
            backlog = min(SOMAXCONN, 128)
        _sc.listen(self._checked_fd(), max(backlog, 0))

    def _accept(self):
        return self._call(False, _sc.accept)

    def _connect(self, address, name):
        """connect's errno (0 when connected), waiting out the timeout."""
        fd = self._checked_fd()
        err = _sc.connect(fd, self._family, address, name)
        if err == _EINPROGRESS and self._timeout != 0.0:
            if self._timeout is None:
                _sc.wait(fd, True, -1.0)
            elif not _sc.wait(fd, True, self._timeout):
                return None
            err = _sc.getsockopt(fd, SOL_SOCKET, SO_ERROR, 0)
        return err

    def connect(self, address):
        err = self._connect(address, "connect")
        if err is None:
            raise TimeoutError("timed out")
        if err:
            raise _os_error(err)

    def connect_ex(self, address):
        err = self._connect(address, "connect_ex")
        return _EWOULDBLOCK if err is None else err

    def shutdown(self, how):
        _sc.shutdown(self._checked_fd(), how)

    def getsockname(self):
        return _sc.getsockname(self._checked_fd())

    def getpeername(self):
        return _sc.getpeername(self._checked_fd())

    def setsockopt(self, level, optname, value, optlen=None):
        if value is None:
            if optlen is None:
                raise TypeError("setsockopt() takes exactly 4 arguments (3 given)")
            value = bytes(optlen)
        _sc.setsockopt(self._checked_fd(), level, optname, value)

    def getsockopt(self, level, optname, buflen=0):
        return _sc.getsockopt(self._checked_fd(), level, optname, buflen)

    # --- data ----------------------------------------------------------

    def send(self, data, flags=0):
        return self._call(True, _sc.send, data, flags)

    def sendall(self, data, flags=0):
        view = memoryview(data).cast("B")
        total = len(view)
        sent = 0
        deadline = None if not self._timeout else _monotonic() + self._timeout
        while sent < total:
            fd = self._checked_fd()
            try:
                sent += _sc.send(fd, view[sent:sent + 1048576], flags)
                continue
            except BlockingIOError:
                if deadline is None:
                    raise
            remaining = deadline - _monotonic()
            if remaining <= 0 or not _sc.wait(fd, True, remaining):
                raise TimeoutError("timed out")

    def sendto(self, data, flags_or_address, address=None):
        if address is None:
            flags, address = 0, flags_or_address
        else:
            flags = flags_or_address
        return self._call(True, _sc.sendto, data, flags, self._family, address)

    def recv(self, bufsize, flags=0):
        return self._call(False, _sc.recv, bufsize, flags)

    def sendmsg(self, buffers, ancdata=(), flags=0, address=None):
        buffers = [_as_bytes(b) for b in buffers]
        ancdata = [_control_message(item) for item in ancdata]
        return self._call(True, _sc.sendmsg, buffers, ancdata, flags, self._family, address)

    def recvmsg(self, bufsize, ancbufsize=0, flags=0):
        return self._call(False, _sc.recvmsg, bufsize, ancbufsize, flags)

    def recvfrom(self, bufsize, flags=0):
        return self._call(False, _sc.recvfrom, bufsize, flags)

    def recv_into(self, buffer, nbytes=0, flags=0):
        view = memoryview(buffer).cast("B")
        if nbytes < 0:
            raise ValueError("negative buffersize in recv_into")
        if nbytes == 0:
            nbytes = len(view)
        elif nbytes > len(view):
            raise ValueError("buffer too small for requested bytes")
        data = self.recv(nbytes, flags)
        view[:len(data)] = data
        return len(data)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        view = memoryview(buffer).cast("B")
        if nbytes == 0:
            nbytes = len(view)
        elif nbytes > len(view):
            raise ValueError("nbytes is greater than the length of the buffer")
        data, address = self.recvfrom(nbytes, flags)
        view[:len(data)] = data
        return len(data), address

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


SocketType = socket


def _control_message(item):
    """One (level, type, data) item of sendmsg's ancillary data."""
    if not isinstance(item, tuple) or len(item) != 3:
        raise TypeError("ancillary data items must be (level, type, data) tuples")
    level, kind, data = item
    return level, kind, _as_bytes(data)


def _as_bytes(data):
    """A buffer's bytes (array.array is not bytes-like natively yet)."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        return data
    tobytes = getattr(data, "tobytes", None)
    return tobytes() if tobytes is not None else bytes(data)


def _os_error(errno):
    import os
    return OSError(errno, os.strerror(errno))


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    a, b = _sc.socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


def dup(fd):
    return _sc.dup(fd)


def close(fd):
    _sc.close(fd)


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    return _sc.getaddrinfo(host, port, family, type, proto, flags)


def gethostbyname(hostname):
    return _sc.getaddrinfo(hostname, None, AF_INET, SOCK_STREAM, 0, 0)[0][4][0]


def gethostbyname_ex(hostname):
    infos = _sc.getaddrinfo(hostname, None, AF_INET, SOCK_STREAM, 0, AI_CANONNAME)
    name = infos[0][3] or hostname
    addresses = []
    for info in infos:
        if info[4][0] not in addresses:
            addresses.append(info[4][0])
    return name, [], addresses


_PROTOCOLS = {"ip": 0, "icmp": 1, "igmp": 2, "tcp": 6, "udp": 17, "ipv6": 41, "icmpv6": 58,
              "sctp": 132, "raw": 255}


def getprotobyname(name):
    try:
        return _PROTOCOLS[name.lower()]
    except KeyError:
        raise OSError("protocol not found") from None


def getservbyname(name, proto=None):
    kinds = {"tcp": [SOCK_STREAM], "udp": [SOCK_DGRAM], None: [SOCK_STREAM, SOCK_DGRAM]}.get(proto)
    for kind in kinds or ():
        try:
            return _sc.getaddrinfo("127.0.0.1", name, AF_INET, kind, 0, AI_NUMERICHOST)[0][4][1]
        except gaierror:
            pass
    raise OSError("service/proto not found")


def getservbyport(port, proto=None):
    if not 0 <= port <= 65535:
        raise OverflowError("getservbyport: port must be 0-65535.")
    flags = NI_DGRAM if proto == "udp" else 0
    name = getnameinfo(("127.0.0.1", port), flags | NI_NUMERICHOST)[1]
    if name.isdigit():
        raise OSError("port/proto not found")
    return name


def _swap(value, bits, name):
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    if value < 0:
        raise OverflowError(f"{name}: can't convert negative Python int to C {bits}-bit unsigned integer")
    if value >= 1 << bits:
        raise OverflowError(f"{name}: Python int too large to convert to C {bits}-bit unsigned integer")
    return int.from_bytes(value.to_bytes(bits // 8, "little"), "big")


def htons(x):
    return _swap(x, 16, "htons")


def ntohs(x):
    return _swap(x, 16, "ntohs")


def htonl(x):
    return _swap(x, 32, "htonl")


def ntohl(x):
    return _swap(x, 32, "ntohl")


def _unsupported(name):
    def function(*args, **kwargs):
        raise NotImplementedError(f"socket.{name}() is not supported by ferropy yet")
    function.__name__ = name
    return function


sethostname = _unsupported("sethostname")
if_nameindex = _unsupported("if_nameindex")
if_nametoindex = _unsupported("if_nametoindex")
if_indextoname = _unsupported("if_indextoname")

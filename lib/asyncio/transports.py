"""Transports: how a protocol's bytes go out (and come in)."""

__all__ = ("BaseTransport", "ReadTransport", "WriteTransport", "Transport", "DatagramTransport",
           "SubprocessTransport")

from .log import logger


def _report_error(transport, exc, message, quiet=False):
    """How a transport reports an error: one the peer caused (quiet) is
    logged in debug mode only; others go to the loop's exception handler
    with the transport and its protocol."""
    if quiet:
        if transport._loop.get_debug():
            logger.debug("%r: %s", transport, message, exc_info=True)
        return
    transport._loop.call_exception_handler({
        "message": message,
        "exception": exc,
        "transport": transport,
        "protocol": transport._protocol,
    })


class BaseTransport:
    """What every transport offers: extra info, closing, its protocol."""

    __slots__ = ("_extra",)

    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        """Details such as 'peername', 'sockname', 'socket'."""
        return self._extra.get(name, default)

    def is_closing(self):
        raise NotImplementedError

    def close(self):
        """Close after the buffered data is sent; connection_lost follows."""
        raise NotImplementedError

    def set_protocol(self, protocol):
        raise NotImplementedError

    def get_protocol(self):
        raise NotImplementedError


class ReadTransport(BaseTransport):
    """The receiving side: reading can be paused."""

    __slots__ = ()

    def is_reading(self):
        raise NotImplementedError

    def pause_reading(self):
        raise NotImplementedError

    def resume_reading(self):
        raise NotImplementedError


class WriteTransport(BaseTransport):
    """The sending side: buffered writes with flow control."""

    __slots__ = ()

    def set_write_buffer_limits(self, high=None, low=None):
        raise NotImplementedError

    def get_write_buffer_size(self):
        raise NotImplementedError

    def get_write_buffer_limits(self):
        raise NotImplementedError

    def write(self, data):
        raise NotImplementedError

    def writelines(self, list_of_data):
        """Write each buffer in turn (joined, so one send may do)."""
        self.write(b"".join(list_of_data))

    def write_eof(self):
        raise NotImplementedError

    def can_write_eof(self):
        raise NotImplementedError

    def abort(self):
        raise NotImplementedError


class Transport(ReadTransport, WriteTransport):
    """A bidirectional stream (a TCP or Unix connection, a pipe pair)."""

    __slots__ = ()


class DatagramTransport(BaseTransport):
    """A datagram endpoint."""

    __slots__ = ()

    def sendto(self, data, addr=None):
        raise NotImplementedError

    def abort(self):
        raise NotImplementedError


class SubprocessTransport(BaseTransport):
    """A child process and its pipes."""

    __slots__ = ()

    def get_pid(self):
        raise NotImplementedError

    def get_returncode(self):
        raise NotImplementedError

    def get_pipe_transport(self, fd):
        raise NotImplementedError

    def send_signal(self, signal):
        raise NotImplementedError

    def terminate(self):
        raise NotImplementedError

    def kill(self):
        raise NotImplementedError


class _FlowControlMixin(Transport):
    """Write flow control for transports: pause_writing when the buffer
    goes above the high-water mark, resume_writing when it falls to the
    low-water mark. The transport calls _maybe_pause_protocol after
    buffering and _maybe_resume_protocol after sending."""

    __slots__ = ("_loop", "_protocol_paused", "_high_water", "_low_water")

    def __init__(self, extra=None, loop=None):
        super().__init__(extra)
        assert loop is not None
        self._loop = loop
        self._protocol_paused = False
        self._set_write_buffer_limits()

    def _maybe_pause_protocol(self):
        if self.get_write_buffer_size() <= self._high_water or self._protocol_paused:
            return
        self._protocol_paused = True
        try:
            self._protocol.pause_writing()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            _report_error(self, exc, "protocol.pause_writing() failed")

    def _maybe_resume_protocol(self):
        if self._protocol_paused and self.get_write_buffer_size() <= self._low_water:
            self._protocol_paused = False
            try:
                self._protocol.resume_writing()
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                _report_error(self, exc, "protocol.resume_writing() failed")

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def _set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f"high ({high!r}) must be >= low ({low!r}) must be >= 0")
        self._high_water = high
        self._low_water = low

    def set_write_buffer_limits(self, high=None, low=None):
        self._set_write_buffer_limits(high=high, low=low)
        self._maybe_pause_protocol()

    def get_write_buffer_size(self):
        raise NotImplementedError

"""Protocols: the callbacks a transport makes as data and events arrive."""

__all__ = ("BaseProtocol", "Protocol", "DatagramProtocol", "SubprocessProtocol", "BufferedProtocol")


class BaseProtocol:
    """Connection events: made, lost, and write flow control."""

    __slots__ = ()

    def connection_made(self, transport):
        """The connection is up; `transport` is how to talk back."""

    def connection_lost(self, exc):
        """The connection is gone (exc None for an orderly close or EOF)."""

    def pause_writing(self):
        """The transport's buffer went above its high-water mark."""

    def resume_writing(self):
        """The transport's buffer drained below its low-water mark."""


class Protocol(BaseProtocol):
    """A stream protocol: data_received for each chunk, eof_received at
    the end (return True to keep the transport open for writing)."""

    __slots__ = ()

    def data_received(self, data):
        """Some bytes arrived."""

    def eof_received(self):
        """The other end will send no more."""


class BufferedProtocol(BaseProtocol):
    """A stream protocol that lends the transport its own buffer:
    get_buffer(sizehint) then buffer_updated(nbytes)."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """A writable buffer (bytearray, memoryview) to receive into."""

    def buffer_updated(self, nbytes):
        """nbytes were written at the start of the buffer."""

    def eof_received(self):
        """The other end will send no more."""


class DatagramProtocol(BaseProtocol):
    """Datagrams and the errors of sending them."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """A datagram arrived from addr."""

    def error_received(self, exc):
        """A send or receive failed (an ICMP error, say)."""


class SubprocessProtocol(BaseProtocol):
    """What happens to a child process: its output and its exit."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """The child wrote data to its stdout (fd 1) or stderr (fd 2)."""

    def pipe_connection_lost(self, fd, exc):
        """One of the child's pipes closed."""

    def process_exited(self):
        """The child exited."""


def _feed_data_to_buffered_proto(proto, data):
    """Give bytes to a BufferedProtocol through its own buffers."""
    data_len = len(data)
    while data_len:
        buf = proto.get_buffer(data_len)
        buf_len = len(buf)
        if not buf_len:
            raise RuntimeError("get_buffer() returned an empty buffer")
        if buf_len >= data_len:
            buf[:data_len] = data
            proto.buffer_updated(data_len)
            return
        buf[:buf_len] = data[:buf_len]
        proto.buffer_updated(buf_len)
        data = data[buf_len:]
        data_len = len(data)

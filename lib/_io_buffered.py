"""io.BufferedReader, BufferedWriter and BufferedRWPair over any raw
stream (a RawIOBase such as socket.SocketIO).

Files from open() are the runtime's native buffered files; io registers
them as instances of these classes, so isinstance checks hold for both.
A reader keeps what it read ahead in `_buf` from `_pos`; a writer keeps
unwritten bytes in `_pending` and flushes when it passes the buffer size.
"""

from io import BufferedIOBase, DEFAULT_BUFFER_SIZE, UnsupportedOperation, _close_when_dropped


def _check_size(buffer_size):
    if buffer_size <= 0:
        raise ValueError("buffer size must be strictly positive")
    return buffer_size


class _RawHolder(BufferedIOBase):
    """What readers and writers share: the raw stream and its state."""

    __del__ = _close_when_dropped

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw = raw
        self.buffer_size = _check_size(buffer_size)

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def seekable(self):
        return self.raw.seekable()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def close(self):
        if self.raw.closed:
            return
        try:
            self.flush()
        finally:
            self.raw.close()

    def detach(self):
        self.flush()
        raw, self.raw = self.raw, None
        return raw

    def __repr__(self):
        cls = type(self)
        try:
            name = self.name
        except (AttributeError, ValueError):
            return f"<{cls.__module__}.{cls.__qualname__}>"
        return f"<{cls.__module__}.{cls.__qualname__} name={name!r}>"

    def __getstate__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")


class BufferedReader(_RawHolder):
    __module__ = "_io"

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        super().__init__(raw, buffer_size)
        self._buf = b""
        self._pos = 0

    def _take(self, n):
        data = self._buf[self._pos:self._pos + n]
        self._pos += len(data)
        return data

    def _fill(self):
        """Reads one raw chunk into the buffer; b"" at end of stream,
        None when a non-blocking raw stream has nothing."""
        chunk = self.raw.read(self.buffer_size)
        if chunk:
            self._buf = self._buf[self._pos:] + chunk
            self._pos = 0
        return chunk

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            parts = [self._take(len(self._buf))]
            while True:
                chunk = self.raw.read(DEFAULT_BUFFER_SIZE)
                if not chunk:
                    if chunk is None and not any(parts):
                        return None
                    break
                parts.append(chunk)
            return b"".join(parts)
        while len(self._buf) - self._pos < size:
            chunk = self._fill()
            if not chunk:
                if chunk is None and self._pos == len(self._buf):
                    return None
                break
        return self._take(size)

    def read1(self, size=-1):
        self._check_closed()
        if self._pos == len(self._buf):
            self._buf, self._pos = b"", 0
            if size is not None and size == 0:
                return b""
            self._fill()
        if size is None or size < 0:
            size = len(self._buf)
        return self._take(size)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readinto1(self, buffer):
        data = self.read1(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def peek(self, size=0):
        self._check_closed()
        if self._pos == len(self._buf):
            self._buf, self._pos = b"", 0
            self._fill()
        return self._buf[self._pos:]

    def readline(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        while True:
            end = self._buf.find(b"\n", self._pos)
            have = len(self._buf) - self._pos
            if end >= 0 or (0 <= size <= have):
                break
            if not self._fill():
                break
        end = self._buf.find(b"\n", self._pos)
        stop = len(self._buf) if end < 0 else end + 1
        if size >= 0:
            stop = min(stop, self._pos + size)
        return self._take(stop - self._pos)

    def tell(self):
        return self.raw.tell() - (len(self._buf) - self._pos)

    def seek(self, pos, whence=0):
        if whence == 1:
            pos -= len(self._buf) - self._pos
        self._buf, self._pos = b"", 0
        return self.raw.seek(pos, whence)

    def flush(self):
        pass


class BufferedWriter(_RawHolder):
    __module__ = "_io"

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        super().__init__(raw, buffer_size)
        self._pending = bytearray()

    def write(self, data):
        self._check_closed()
        data = memoryview(data).cast("B")
        n = len(data)
        if len(self._pending) + n <= self.buffer_size:
            self._pending += data
            return n
        # What does not fit goes out now: the buffer first, then a large
        # write directly, a small rest into the buffer.
        self._write_raw(self._pending)
        self._pending.clear()
        if n > self.buffer_size:
            self._write_raw(data)
        else:
            self._pending += data
        return n

    def _write_raw(self, data):
        data = bytes(data)
        while data:
            put = self.raw.write(data)
            if put is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            data = data[put:]

    def flush(self):
        if self.raw is None or self.raw.closed:
            if self._pending:
                raise ValueError("flush of closed file")
            return
        self._write_raw(self._pending)
        self._pending.clear()
        if hasattr(self.raw, "flush"):
            self.raw.flush()

    def tell(self):
        return self.raw.tell() + len(self._pending)

    def seek(self, pos, whence=0):
        self.flush()
        return self.raw.seek(pos, whence)


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer over two raw streams (a pipe's two ends, or a
    socket read and written)."""

    __module__ = "_io"
    __del__ = _close_when_dropped

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readinto(self, buffer):
        return self.reader.readinto(buffer)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def write(self, data):
        return self.writer.write(data)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()


class BufferedRandom(BufferedWriter):
    """A seekable raw stream read and written: writes are flushed before
    each read, so the two never overlap."""

    __module__ = "_io"

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        super().__init__(raw, buffer_size)
        self._reader = BufferedReader(raw, buffer_size)

    def write(self, data):
        if self._reader._buf:
            self.raw.seek(self._reader.tell())
            self._reader._buf, self._reader._pos = b"", 0
        return super().write(data)

    def read(self, size=-1):
        self.flush()
        return self._reader.read(size)

    def read1(self, size=-1):
        self.flush()
        return self._reader.read1(size)

    def readline(self, size=-1):
        self.flush()
        return self._reader.readline(size)

    def peek(self, size=0):
        self.flush()
        return self._reader.peek(size)

    def readinto(self, buffer):
        self.flush()
        return self._reader.readinto(buffer)

    def tell(self):
        if self._pending:
            return super().tell()
        return self._reader.tell()

    def seek(self, pos, whence=0):
        self.flush()
        return self._reader.seek(pos, whence)

"""The io module: in-memory streams (StringIO, BytesIO), the abstract
stream classes, and `open`.

Files from `open()` and the standard streams are native objects of the
runtime (TextIOWrapper, BufferedReader, BufferedWriter); they are
registered as subclasses of the abstract classes here. StringIO and
BytesIO are written in Python: a string (or bytearray) and a position.
"""

import abc
import builtins

from _ferropy import immutable_type, io_types

TextIOWrapper, BufferedReader, BufferedWriter, UnsupportedOperation = io_types()
open = builtins.open

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO",
           "BufferedIOBase", "BufferedReader", "BufferedWriter", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
DEFAULT_BUFFER_SIZE = 8192


class IOBase(metaclass=abc.ABCMeta):
    """The base class of all streams: the context manager, line iteration
    and the operations a stream that cannot do them refuses."""

    _closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def fileno(self):
        self._unsupported("fileno")

    def flush(self):
        self._check_closed()

    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    @property
    def closed(self):
        return self._closed

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines, total = [], 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    @property
    def newlines(self):
        return None


for _native in (TextIOWrapper,):
    TextIOBase.register(_native)
for _native in (BufferedReader, BufferedWriter):
    BufferedIOBase.register(_native)


class FileIO(RawIOBase):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("io.FileIO is not supported by ferropy yet (use open())")


class _MemoryStream:
    """What StringIO and BytesIO share: a position in memory, always
    readable, writable and seekable until closed."""

    def tell(self):
        self._check_closed()
        return self._pos

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def close(self):
        self._closed = True


class StringIO(_MemoryStream, TextIOBase):
    """A text stream in memory.

    Text is appended to a list of pieces while the position stays at the
    end (the common case: many writes, then getvalue) and joined into one
    string when a read or a write elsewhere needs it.
    """

    __module__ = "_io"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._seen = 0
        self._value = ""
        self._pieces = []
        self._size = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _flatten(self):
        if self._pieces:
            self._value += "".join(self._pieces)
            self._pieces = []
        return self._value

    def _translate(self, text):
        newline = self._newline
        if newline is None:
            # Remember which line endings the text had, for .newlines.
            lone = text.replace("\r\n", "")
            self._seen |= ("\r" in lone) | ("\n" in lone) << 1 | (len(lone) != len(text)) << 2
            return text.replace("\r\n", "\n").replace("\r", "\n")
        if newline in ("\r", "\r\n"):
            return text.replace("\n", newline)
        return text

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        s = self._translate(s)
        if self._pos == self._size:
            self._pieces.append(s)
        else:
            value = self._flatten()
            if self._pos > self._size:
                value += "\0" * (self._pos - self._size)
            self._value = value[:self._pos] + s + value[self._pos + len(s):]
        self._pos += len(s)
        self._size = max(self._size, self._pos)
        return n

    def getvalue(self):
        self._check_closed()
        return self._flatten()

    def read(self, size=-1):
        self._check_closed()
        size = _size_arg(size)
        value = self._flatten()
        start = min(self._pos, self._size)
        end = self._size if size < 0 else min(self._size, start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    def readline(self, size=-1):
        self._check_closed()
        size = _size_arg(size)
        value = self._flatten()
        start = min(self._pos, self._size)
        end = self._size if size < 0 else min(self._size, start + size)
        stop = _line_end(value, start, end, self._newline)
        self._pos = max(self._pos, stop)
        return value[start:stop]

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = pos.__index__() if not isinstance(pos, int) else pos
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")  # sic, as CPython
            self._pos = self._size
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError(f"Negative size value {pos}")
        if pos < self._size:
            self._value = self._flatten()[:pos]
            self._size = pos
        return pos


    @property
    def line_buffering(self):
        self._check_closed()
        return False

    @property
    def newlines(self):
        self._check_closed()
        if self._newline is not None:
            return None
        seen = [kind for bit, kind in ((1, "\r"), (2, "\n"), (4, "\r\n")) if self._seen & bit]
        return None if not seen else seen[0] if len(seen) == 1 else tuple(seen)

    def __getstate__(self):
        raise NotImplementedError("pickling io.StringIO is not supported by ferropy yet")


class BytesIO(_MemoryStream, BufferedIOBase):
    """A binary stream in memory: a bytearray and a position."""

    __module__ = "_io"

    def __init__(self, initial_bytes=b""):
        self._buffer = bytearray(initial_bytes) if initial_bytes is not None else bytearray()
        self._pos = 0
        self._closed = False

    def write(self, b):
        self._check_closed()
        if not isinstance(b, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        data = bytes(b)
        end = self._pos + len(data)
        if self._pos > len(self._buffer):
            self._buffer += b"\0" * (self._pos - len(self._buffer))
        self._buffer[self._pos:end] = data
        self._pos = end
        return len(data)

    def getvalue(self):
        self._check_closed()
        return bytes(self._buffer)

    def getbuffer(self):
        raise NotImplementedError("io.BytesIO.getbuffer is not supported by ferropy yet (no memoryview)")

    def read(self, size=-1):
        self._check_closed()
        size = _size_arg(size)
        start = min(self._pos, len(self._buffer))
        end = len(self._buffer) if size < 0 else min(len(self._buffer), start + size)
        self._pos = max(self._pos, end)
        return bytes(self._buffer[start:end])

    read1 = read

    def readinto(self, target):
        data = self.read(len(target))
        target[:len(data)] = data
        return len(data)

    readinto1 = readinto

    def readline(self, size=-1):
        self._check_closed()
        size = _size_arg(size)
        start = min(self._pos, len(self._buffer))
        end = len(self._buffer) if size < 0 else min(len(self._buffer), start + size)
        found = self._buffer.find(b"\n", start, end)
        stop = end if found < 0 else found + 1
        self._pos = max(self._pos, stop)
        return bytes(self._buffer[start:stop])

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError(f"negative size value {pos}")
        del self._buffer[pos:]
        return pos




def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size


def _line_end(value, start, end, newline):
    """Where the line starting at `start` ends (after its terminator)."""
    if newline == "":
        # Universal: \r, \n or \r\n, whichever comes first.
        lf = value.find("\n", start, end)
        cr = value.find("\r", start, end)
        if cr >= 0 and (lf < 0 or cr < lf):
            return cr + 2 if cr + 1 == lf else cr + 1
        return end if lf < 0 else lf + 1
    terminator = "\n" if newline is None else newline
    found = value.find(terminator, start, end)
    return end if found < 0 else found + len(terminator)


StringIO = immutable_type(StringIO)
BytesIO = immutable_type(BytesIO)

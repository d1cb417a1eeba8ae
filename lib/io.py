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

_NativeTextFile, _NativeBufferedReader, _NativeBufferedWriter, UnsupportedOperation = io_types()
open = builtins.open

__all__ = ["BlockingIOError", "IncrementalNewlineDecoder", "open", "open_code", "text_encoding", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO",
           "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom", "TextIOBase", "TextIOWrapper",
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

    def readline(self, size=-1):
        """One line, read a byte at a time (or through peek when the
        stream has it)."""
        self._check_closed()
        if size is None:
            size = -1
        line = bytearray()
        while size < 0 or len(line) < size:
            data = self.read(1)
            if not data:
                break
            line += data
            if line.endswith(b"\n"):
                break
        return bytes(line)

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


def _close_when_dropped(self):
    """__del__ of the streams that hold a resource (raw streams, buffers
    over them, text wrappers): as CPython's IOBase finaliser, an open
    stream is closed (and so flushed) when its last reference goes;
    errors are ignored. BytesIO and StringIO hold none and are left out,
    so that they stay cheap to drop."""
    try:
        closed = self.closed
    except Exception:
        return
    if not closed:
        try:
            self.close()
        except Exception:
            pass


class RawIOBase(IOBase):
    """A stream of bytes read and written with single system calls;
    read and readall are made of the subclass's readinto."""

    __del__ = _close_when_dropped

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        buffer = bytearray(size)
        n = self.readinto(buffer)
        if n is None:
            return None
        return bytes(buffer[:n])

    def readall(self):
        parts = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if data is None:
                return b"".join(parts) if parts else None
            if not data:
                return b"".join(parts)
            parts.append(data)

    def readinto(self, buffer):
        self._unsupported("readinto")

    def write(self, data):
        self._unsupported("write")


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


for _native in (_NativeBufferedReader, _NativeBufferedWriter):
    BufferedIOBase.register(_native)


def open_code(path):
    """Opens a file of code for reading as bytes (the hook where an
    embedding application could check code before it runs)."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """The encoding a function given `encoding` should use: it, or
    "locale" for None (PEP 597)."""
    if encoding is None:
        return "locale"
    return encoding


class IncrementalNewlineDecoder:
    """Wraps an incremental decoder (or None, for text input) and notes
    the line endings it sees (`newlines`); with `translate`, \\r\\n and \\r
    become \\n. A \\r at the end of a chunk waits for the next one, which
    may start with its \\n."""

    _LF, _CR, _CRLF = 1, 2, 4

    def __init__(self, decoder, translate, errors="strict"):
        self.errors = errors
        self.translate = translate
        self.decoder = decoder
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self.seennl |= (lf and self._LF) | (cr and self._CR) | (crlf and self._CRLF)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
                ("\r", "\n", "\r\n"))[self.seennl]


class TextIOWrapper(TextIOBase):
    """A text stream over a binary one: decodes what it reads, encodes
    what it writes, and translates line endings as `newline` says.

    Files from open() are the runtime's native text files, registered as
    instances of this class; this one wraps any other buffer (a BytesIO,
    a GzipFile...). Decoded text waits in `_text` until read; bytes that
    end in the middle of a UTF-8 character wait in `_raw`.
    """

    __module__ = "_io"
    _CHUNK = 8192
    __del__ = _close_when_dropped

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        _check_newline(newline)
        if encoding is None or encoding == "locale":
            # The locale's encoding: ferropy runs in UTF-8 (C.UTF-8).
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, not {type(encoding).__name__}")
        "".encode(encoding)  # LookupError for an unknown codec, as CPython
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, str):
            raise TypeError(f"TextIOWrapper() argument 'errors' must be str or None, not {type(errors).__name__}")
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._text = ""
        self._raw = b""
        self._eof = False
        self._seen = 0
        codec = encoding.lower().replace("_", "-")
        self._utf8 = codec in ("utf-8", "utf8", "u8")
        self._single_byte = codec in ("latin-1", "latin1", "iso-8859-1", "ascii", "us-ascii", "cp1252") or \
            codec.startswith("iso-8859-")

    buffer = property(lambda self: self._buffer)
    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: False)
    name = property(lambda self: self._buffer.name)
    closed = property(lambda self: self._buffer.closed)

    @property
    def newlines(self):
        seen = [kind for bit, kind in ((1, "\r"), (2, "\n"), (4, "\r\n")) if self._seen & bit]
        return None if not seen else seen[0] if len(seen) == 1 else tuple(seen)

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        for attr in ("name", "mode"):
            try:
                value = getattr(self, attr)
            except (AttributeError, ValueError):
                continue
            parts.append(f"{attr}={value!r}")
        parts.append(f"encoding={self._encoding!r}>")
        return " ".join(parts)

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def flush(self):
        self._buffer.flush()

    def close(self):
        if not self._buffer.closed:
            try:
                if self._buffer.writable():
                    self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        self.flush()
        buffer, self._buffer = self._buffer, None
        return buffer

    # Writing.

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self._buffer.write(text.encode(self._encoding, self._errors))
        if self._line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        return len(s)

    # Reading.

    def _decode_more(self):
        """Reads and decodes one more chunk; False at the end."""
        if self._eof:
            return False
        read = getattr(self._buffer, "read1", self._buffer.read)
        data = read(self._CHUNK)
        raw = self._raw + data
        if not data:
            self._eof = True
            keep = 0
        elif self._single_byte:
            keep = 0
        elif self._utf8:
            keep = _utf8_partial_tail(raw)
        else:
            keep = len(raw)  # other codecs: decode once everything is in
        self._raw = raw[len(raw) - keep:] if keep else b""
        text = raw[:len(raw) - keep].decode(self._encoding, self._errors)
        self._text += text
        if self._newline in (None, ""):
            self._text = self._universal(self._text)
        return True

    def _universal(self, text):
        """Notes which line endings the text has (for .newlines) and, with
        newline=None, turns them all into \\n. A \\r at the very end may be
        half of a \\r\\n: it waits, as it is, until more text or the end."""
        hold = text.endswith("\r") and not self._eof
        body = text[:-1] if hold else text
        lone = body.replace("\r\n", "")
        self._seen |= ("\r" in lone) | ("\n" in lone) << 1 | (len(lone) != len(body)) << 2
        if self._newline == "":
            return text
        body = body.replace("\r\n", "\n").replace("\r", "\n")
        return body + "\r" if hold else body

    def _take(self, n):
        text, self._text = self._text[:n], self._text[n:]
        return text

    def read(self, size=-1):
        self._check_closed()
        size = _size_arg(size)
        if not self._buffer.readable():
            raise UnsupportedOperation("not readable")
        if size < 0:
            while self._decode_more():
                pass
            return self._take(len(self._text))
        while len(self._text) < size + (self._newline is None) and self._decode_more():
            pass
        return self._take(size)

    def readline(self, size=-1):
        self._check_closed()
        size = _size_arg(size)
        newline = self._newline
        while True:
            text = self._text
            limit = len(text) if size < 0 else min(len(text), size)
            stop = _line_end(text, 0, limit, newline)
            line = text[:stop]
            if newline == "":
                # A \r at the end of what is decoded may be half of a \r\n.
                found = line[-1:] in ("\n", "\r") and not (line.endswith("\r") and stop == len(text) and not self._eof)
            else:
                found = line != "" and line.endswith("\n" if newline is None else newline)
            if found or self._eof or 0 <= size <= len(text):
                return self._take(stop)
            self._decode_more()

    def seek(self, cookie, whence=0):
        self._check_closed()
        if whence == 1 and cookie == 0:
            return self.tell()
        if whence == 2 and cookie == 0:
            self.flush()
            self._text, self._raw, self._eof = "", b"", True
            return self._buffer.seek(0, 2)
        if whence == 0 and cookie == 0:
            self.flush()
            self._text, self._raw, self._eof = "", b"", False
            return self._buffer.seek(0)
        raise NotImplementedError("TextIOWrapper.seek to a position other than the start or the end "
                                  "is not supported by ferropy yet")

    def tell(self):
        self._check_closed()
        if self._text or self._raw:
            raise NotImplementedError("TextIOWrapper.tell() with text read ahead is not supported by ferropy yet")
        self.flush()
        return self._buffer.tell()


TextIOWrapper.register(_NativeTextFile)


def _check_newline(newline):
    if newline is not None and not isinstance(newline, str):
        raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError(f"illegal newline value: {newline!r}")


def _utf8_partial_tail(raw):
    """How many bytes at the end of `raw` begin a UTF-8 character that is
    not complete yet."""
    for back in range(1, min(4, len(raw)) + 1):
        byte = raw[-back]
        if byte & 0xC0 != 0x80:
            need = 2 if 0xC0 <= byte < 0xE0 else 3 if 0xE0 <= byte < 0xF0 else 4 if 0xF0 <= byte < 0xF8 else 1
            return back if back < need else 0
    return 0


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
        _check_newline(newline)
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
        if not isinstance(b, (bytes, bytearray, memoryview)):
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
        """A writable memoryview of the contents (writes through it
        change the stream)."""
        self._check_closed()
        return memoryview(self._buffer)

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


from _io_buffered import BufferedReader, BufferedWriter, BufferedRWPair, BufferedRandom  # noqa: E402

BufferedReader.register(_NativeBufferedReader)
BufferedWriter.register(_NativeBufferedWriter)

"""What the compressed-file modules (gzip, bz2, lzma) share."""

import io
import os


def check_open_arguments(mode, encoding, errors, newline):
    """The checks of gzip.open/bz2.open: text-only arguments in binary
    mode, and 't' with 'b', are errors."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
        return
    for name, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
        if value is not None:
            raise ValueError("Argument '%s' not supported in binary mode" % name)


class NativeCompressor:
    """A compressor over a native one (`_native`): compress() returns what
    is ready, flush() the rest (once)."""

    def compress(self, data, /):
        return self._native.compress(data)

    def flush(self):
        return self._native.flush()


class NativeDecompressor:
    """A decompressor of one stream over a native one (`_native`); data
    after the stream's end is kept in unused_data."""

    def decompress(self, data, max_length=-1):
        return self._native.decompress(data, max_length)

    @property
    def eof(self):
        return self._native._eof()

    @property
    def unused_data(self):
        return self._native._unused_data()

    @property
    def needs_input(self):
        return self._native._needs_input()


_MODE_CLOSED, _MODE_READ, _MODE_WRITE = 0, 1, 2


class CompressedFile(io.BufferedIOBase):
    """A file of compressed data: reading decompresses all of it (every
    stream) when it is opened, writing compresses. Subclasses give
    `_decompress_all(data)` and make `_compressor` with `_new_compressor()`
    (called for the writing modes)."""

    def _open(self, filename, mode):
        self._fp = None
        self._closefp = False
        self._mode = _MODE_CLOSED
        if mode in ("", "r", "rb"):
            mode = "rb"
            mode_code = _MODE_READ
        elif mode in ("w", "wb"):
            mode = "wb"
            mode_code = _MODE_WRITE
            self._compressor = self._new_compressor()
        elif mode in ("x", "xb"):
            mode = "xb"
            mode_code = _MODE_WRITE
            self._compressor = self._new_compressor()
        elif mode in ("a", "ab"):
            mode = "ab"
            mode_code = _MODE_WRITE
            self._compressor = self._new_compressor()
        else:
            raise ValueError("Invalid mode: %r" % (mode,))
        if isinstance(filename, (str, bytes, os.PathLike)):
            self._fp = io.open(filename, mode)
            self._closefp = True
            self._mode = mode_code
        elif hasattr(filename, "read") or hasattr(filename, "write"):
            self._fp = filename
            self._mode = mode_code
        else:
            raise TypeError("filename must be a str, bytes, file or PathLike object")
        if self._mode == _MODE_READ:
            self._buffer = io.BytesIO(self._decompress_all(self._fp.read()))
        else:
            self._pos = 0

    def close(self):
        if self._mode == _MODE_CLOSED:
            return
        try:
            if self._mode == _MODE_WRITE:
                self._fp.write(self._compressor.flush())
                self._compressor = None
        finally:
            try:
                if self._closefp:
                    self._fp.close()
            finally:
                self._fp = None
                self._closefp = False
                self._mode = _MODE_CLOSED

    @property
    def closed(self):
        return self._mode == _MODE_CLOSED

    def fileno(self):
        self._check_not_closed()
        return self._fp.fileno()

    def seekable(self):
        return self.readable()

    def readable(self):
        self._check_not_closed()
        return self._mode == _MODE_READ

    def writable(self):
        self._check_not_closed()
        return self._mode == _MODE_WRITE

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_can_read(self):
        self._check_not_closed()
        if self._mode != _MODE_READ:
            raise io.UnsupportedOperation("File not open for reading")

    def _check_can_write(self):
        self._check_not_closed()
        if self._mode != _MODE_WRITE:
            raise io.UnsupportedOperation("File not open for writing")

    def peek(self, n=0):
        self._check_can_read()
        pos = self._buffer.tell()
        data = self._buffer.read(max(n, 1))
        self._buffer.seek(pos)
        return data

    def read(self, size=-1):
        self._check_can_read()
        return self._buffer.read(size)

    def read1(self, size=-1):
        self._check_can_read()
        return self._buffer.read(size if size >= 0 else -1)

    def readinto(self, b):
        self._check_can_read()
        return self._buffer.readinto(b)

    def readline(self, size=-1):
        self._check_can_read()
        return self._buffer.readline(size)

    def readlines(self, size=-1):
        self._check_can_read()
        return self._buffer.readlines(size)

    def write(self, data):
        self._check_can_write()
        data = bytes(data)
        self._fp.write(self._compressor.compress(data))
        self._pos += len(data)
        return len(data)

    def writelines(self, seq):
        for line in seq:
            self.write(line)

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_not_closed()
        if self._mode != _MODE_READ:
            raise io.UnsupportedOperation("Seeking is only supported on files open for reading")
        return self._buffer.seek(offset, whence)

    def tell(self):
        self._check_not_closed()
        if self._mode == _MODE_READ:
            return self._buffer.tell()
        return self._pos

    def __iter__(self):
        self._check_can_read()
        return iter(self._buffer)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()

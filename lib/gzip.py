"""gzip: the gzip file format (RFC 1952) over zlib's raw deflate streams.

A gzip file is one or more members, each a header, a raw deflate stream
and a trailer holding the CRC-32 and the length of the data. GzipFile
writes one member and reads any number of them (zero bytes between
members are padding); compress() and decompress() do the same in memory.
"""

import _compression
import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_MAGIC = b"\037\213"
_CHUNK = 64 * 1024


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    _compression.check_open_arguments(mode, encoding, errors, newline)
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def _header(level, mtime, fname=b""):
    flags = FNAME if fname else 0
    xfl = 2 if level == _COMPRESS_LEVEL_BEST else 4 if level == _COMPRESS_LEVEL_FAST else 0
    head = _MAGIC + bytes([8, flags]) + struct.pack("<L", int(mtime) & 0xFFFFFFFF) + bytes([xfl, 255])
    return head + fname + b"\0" if fname else head


def _read_exact(fp, n):
    data = fp.read(n)
    while len(data) < n:
        more = fp.read(n - len(data))
        if not more:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        data += more
    return data


def _read_header(fp):
    """Reads a member header from `fp`: its mtime, or None at the end of
    the file."""
    magic = fp.read(2)
    if magic == b"":
        return None
    if magic != _MAGIC:
        raise BadGzipFile(f"Not a gzipped file ({magic!r})")
    method, flags, mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    if flags & FEXTRA:
        extra_len, = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, extra_len)
    for flag in (FNAME, FCOMMENT):
        if flags & flag:
            while _read_exact(fp, 1) != b"\0":
                pass
    if flags & FHCRC:
        _read_exact(fp, 2)
    return mtime


def _check_trailer(trailer, crc, size, detail=True):
    stored_crc, stored_size = struct.unpack("<II", trailer)
    if stored_crc != crc:
        raise BadGzipFile(f"CRC check failed {hex(stored_crc)} != {hex(crc)}" if detail else "CRC check failed")
    if stored_size != size & 0xFFFFFFFF:
        raise BadGzipFile("Incorrect length of data produced")


class _Prefixed:
    """A file read after bytes already taken from it: what a member's
    inflater did not use goes back in front."""

    def __init__(self, fp, prefix=b""):
        self.fp = fp
        self.prefix = prefix

    def read(self, n):
        if self.prefix:
            data, self.prefix = self.prefix[:n], self.prefix[n:]
            return data
        return self.fp.read(n)


class GzipFile(io.BufferedIOBase):
    """A file whose contents are gzip-compressed: write() compresses,
    read() decompresses, as a binary file would."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError(f"Invalid mode: {mode!r}")
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        if mode.startswith("r"):
            self.mode = READ
            self._source = _Prefixed(fileobj)
            self._member = None
            self._buffer = b""
            self._offset = 0
            self._eof = False
            self._mtime = None
            self._position = 0
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            self.mode = WRITE
            if not 0 <= compresslevel <= 9 and compresslevel != -1:
                raise zlib.error("Bad compression level")
            self.name = filename
            self._crc = zlib.crc32(b"")
            self._size = 0
            self._offset = 0
            self._compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
            self._level = compresslevel
        else:
            raise ValueError(f"Invalid mode: {mode!r}")
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_header()

    @property
    def mtime(self):
        """Last modification time read from the stream, or None."""
        return self._mtime if self.mode == READ else None

    def __repr__(self):
        fileobj = self.fileobj
        if fileobj is None:
            return f"<gzip on {hex(id(self))}>"
        return "<gzip " + repr(fileobj)[1:-1] + " " + hex(id(self)) + ">"

    def _write_header(self):
        fname = os.path.basename(self.name)
        if not isinstance(fname, bytes):
            fname = fname.encode("latin-1")
        if fname.endswith(b".gz"):
            fname = fname[:-3]
        mtime = time.time() if self._write_mtime is None else self._write_mtime
        self.fileobj.write(_header(self._level, mtime, fname))

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self.fileobj is None

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = bytes(memoryview(data)) if not isinstance(data, str) else data
            length = len(data)
        if length > 0:
            self.fileobj.write(self._compress.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
            self._offset += length
        return length

    # Reading: members one after another, each inflated in chunks.

    def _fill(self):
        """Adds decompressed data to the buffer; False at the end."""
        while True:
            if self._member is None:
                if self._eof:
                    return False
                mtime = _read_header(self._source)
                if mtime is None:
                    self._eof = True
                    return False
                self._mtime = mtime
                self._member = zlib.decompressobj(-zlib.MAX_WBITS)
                self._crc = zlib.crc32(b"")
                self._size = 0
            chunk = self._source.read(_CHUNK)
            data = self._member.decompress(chunk)
            if data:
                self._crc = zlib.crc32(data, self._crc)
                self._size += len(data)
                self._buffer = self._buffer[self._offset:] + data
                self._offset = 0
            if self._member.eof:
                self._end_member()
                if data:
                    return True
            elif not chunk:
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            elif data:
                return True

    def _end_member(self):
        rest = _Prefixed(self._source, self._member.unused_data)
        _check_trailer(_read_exact(rest, 8), self._crc, self._size)
        padding = rest.read(1)
        while padding == b"\0":
            padding = rest.read(1)
        self._source = _Prefixed(self._source.fp, padding + rest.prefix)
        self._member = None

    def _check_read(self):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "read() on write-only GzipFile object")

    def read(self, size=-1):
        self._check_read()
        if size is None or size < 0:
            while self._fill():
                pass
            size = len(self._buffer) - self._offset
        else:
            while len(self._buffer) - self._offset < size and self._fill():
                pass
        data = self._buffer[self._offset:self._offset + size]
        self._offset += len(data)
        self._position += len(data)
        return data

    def read1(self, size=-1):
        self._check_read()
        if self._offset >= len(self._buffer):
            self._fill()
        available = len(self._buffer) - self._offset
        return self.read(available if size is None or size < 0 else min(size, available))

    def peek(self, n):
        self._check_read()
        if self._offset >= len(self._buffer):
            self._fill()
        return self._buffer[self._offset:]

    def readline(self, size=-1):
        self._check_read()
        if size is None:
            size = -1
        while True:
            end = self._buffer.find(b"\n", self._offset)
            if end >= 0:
                end += 1
                break
            if not self._fill():
                end = len(self._buffer)
                break
        if 0 <= size < end - self._offset:
            end = self._offset + size
        return self.read(end - self._offset)

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        return self._offset if self.mode == WRITE else self._position

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence == io.SEEK_CUR:
                offset = self._offset + offset
            elif whence != io.SEEK_SET:
                raise ValueError("Seek from end not supported")
            if offset < self._offset:
                raise OSError("Negative seek in write mode")
            self.write(b"\0" * (offset - self._offset))
            return self._offset
        self._check_read()
        here = self.tell()
        if whence == io.SEEK_CUR:
            offset = here + offset
        elif whence == io.SEEK_END:
            raise ValueError("Seek from end not supported")
        if offset < here:
            self.rewind()
            here = 0
        while here < offset:
            got = self.read(min(_CHUNK, offset - here))
            if not got:
                break
            here += len(got)
        return here

    def rewind(self):
        """Return the uncompressed stream file position indicator to the
        beginning of the file."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._source = _Prefixed(self.fileobj)
        self._member, self._buffer, self._offset, self._eof, self._position = None, b"", 0, False, 0

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self._compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self._compress.flush())
                fileobj.write(struct.pack("<LL", self._crc, self._size & 0xFFFFFFFF))
        finally:
            myfileobj = self.myfileobj
            if myfileobj is not None:
                self.myfileobj = None
                myfileobj.close()


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    if mtime == 0:
        # zlib writes the whole member itself (its header says "Unix").
        return zlib.compress(data, level=compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    body = zlib.compress(data, level=compresslevel, wbits=-zlib.MAX_WBITS)
    trailer = struct.pack("<LL", zlib.crc32(data), len(data) & 0xFFFFFFFF)
    return _header(compresslevel, mtime) + body + trailer


def decompress(data):
    """Decompress a gzip compressed string in one shot: every member,
    joined."""
    members = []
    while True:
        fp = io.BytesIO(data)
        if _read_header(fp) is None:
            return b"".join(members)
        member = zlib.decompressobj(-zlib.MAX_WBITS)
        out = member.decompress(data[fp.tell():])
        if not member.eof or len(member.unused_data) < 8:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        _check_trailer(member.unused_data[:8], zlib.crc32(out), len(out), detail=False)
        members.append(out)
        data = member.unused_data[8:].lstrip(b"\0")

"""Named shared memory blocks (POSIX shared memory: files under
/dev/shm) that any process may attach to by name, and ShareableList,
a list of fixed layout stored in one.

`SharedMemory.buf` is a memoryview of the block's mapping. As in
CPython 3.11, every process that opens a block registers it with the
resource tracker, which unlinks (with a warning) those left at exit."""

import errno
import mmap
import os
import secrets
import struct
import types


__all__ = ["SharedMemory", "ShareableList"]

_USE_POSIX = True
_SHM_DIR = "/dev/shm"
_SHM_SAFE_NAME_LENGTH = 14
_SHM_NAME_PREFIX = "/psm_"
_O_CREX = os.O_CREAT | os.O_EXCL


def _make_filename():
    nbytes = (_SHM_SAFE_NAME_LENGTH - len(_SHM_NAME_PREFIX)) // 2
    return _SHM_NAME_PREFIX + secrets.token_hex(nbytes)


def _shm_path(name):
    if "/" in name[1:] or name in ("/", "/.", "/.."):
        raise OSError(errno.EINVAL, os.strerror(errno.EINVAL), name)
    return os.path.join(_SHM_DIR, name.lstrip("/"))


class SharedMemory:
    """A block of shared memory: created anew (create=True, with a
    random name unless one is given) or attached to by name."""

    _name = None
    _fd = -1
    _mmap = None
    _buf = None
    _flags = os.O_RDWR
    _mode = 0o600
    _prepend_leading_slash = True

    def __init__(self, name=None, create=False, size=0):
        if not size >= 0:
            raise ValueError("'size' must be a positive integer")
        if create:
            self._flags = _O_CREX | os.O_RDWR
            if size == 0:
                raise ValueError("'size' must be a positive number different from zero")
        if name is None and not self._flags & os.O_EXCL:
            raise ValueError("'name' can only be None if create=True")
        if name is None:
            while True:
                name = _make_filename()
                try:
                    self._fd = os.open(_shm_path(name), self._flags, self._mode)
                except FileExistsError:
                    continue
                self._name = name
                break
        else:
            name = "/" + name if self._prepend_leading_slash else name
            try:
                self._fd = os.open(_shm_path(name), self._flags, self._mode)
            except OSError as e:
                raise type(e)(e.errno, e.strerror, name) from None
            self._name = name
        try:
            if create and size:
                os.ftruncate(self._fd, size)
            size = os.fstat(self._fd).st_size
            self._mmap = mmap.mmap(self._fd, size)
        except OSError:
            self.unlink()
            raise
        self._size = size
        self._buf = memoryview(self._mmap)
        # As CPython 3.11 on POSIX: every process that opens a block
        # registers it; unlink() unregisters.
        from .resource_tracker import register
        register(self._name, "shared_memory")

    def __del__(self):
        try:
            self.close()
        except OSError:
            pass

    def __reduce__(self):
        return (self.__class__, (self.name, False, self.size))

    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r}, size={self.size})"

    @property
    def buf(self):
        """A view of the block's bytes."""
        return self._buf

    @property
    def name(self):
        """The name others attach with."""
        reported_name = self._name
        if self._prepend_leading_slash and self._name.startswith("/"):
            reported_name = self._name[1:]
        return reported_name

    @property
    def size(self):
        """The size in bytes."""
        return self._size

    def close(self):
        """This process is done with the block (it stays for others)."""
        if self._buf is not None:
            self._buf.release()
            self._buf = None
        if self._mmap is not None:
            self._mmap.close()
            self._mmap = None
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def unlink(self):
        """Removes the name; the memory goes when no process uses it."""
        if self._name:
            from .resource_tracker import unregister
            os.unlink(_shm_path(self._name))
            unregister(self._name, "shared_memory")


_encoding = "utf8"


class ShareableList:
    """A list of int, float, bool, str, bytes and None values in a shared
    block; str and bytes items keep the room they were created with
    (rounded up to 8 bytes)."""

    # The block: item count, then one (tag, room) record per item, then
    # each item's room. str and bytes rooms start with their length.
    _HEADER = struct.Struct("q")
    _RECORD = struct.Struct("cq")
    _FIXED = {int: b"q", float: b"d", bool: b"?", type(None): b"n"}
    _alignment = 8

    def _room(self, value):
        if isinstance(value, (str, bytes)):
            data = value.encode(_encoding) if isinstance(value, str) else value
            return 8 + -(-max(len(data), 1) // self._alignment) * self._alignment
        return 8

    @staticmethod
    def _tag(value):
        if isinstance(value, str):
            return b"s"
        if isinstance(value, bytes):
            return b"b"
        try:
            return ShareableList._FIXED[type(value)]
        except KeyError:
            raise TypeError(f"unsupported type {type(value).__name__!r} in ShareableList") from None

    def __init__(self, sequence=None, *, name=None):
        if name is None or sequence is not None:
            sequence = list(sequence or ())
            rooms = [self._room(v) for v in sequence]
            size = self._HEADER.size + self._RECORD.size * len(sequence) + sum(rooms)
            self.shm = SharedMemory(name, create=True, size=max(size, 1))
            self._count = len(sequence)
            self.shm.buf[0:self._HEADER.size] = self._HEADER.pack(len(sequence))
            offset = self._HEADER.size + self._RECORD.size * len(sequence)
            self._offsets = []
            self._rooms = rooms
            for i, (value, room) in enumerate(zip(sequence, rooms)):
                record_at = self._HEADER.size + self._RECORD.size * i
                self.shm.buf[record_at:record_at + self._RECORD.size] = self._RECORD.pack(self._tag(value), room)
                self._offsets.append(offset)
                self._write(i, value)
                offset += room
        else:
            self.shm = SharedMemory(name)
            self._load_layout()

    def _load_layout(self):
        self._count = self._HEADER.unpack(bytes(self.shm.buf[0:self._HEADER.size]))[0]
        offset = self._HEADER.size + self._RECORD.size * self._count
        self._offsets = []
        self._rooms = []
        for i in range(self._count):
            _, room = self._record(i)
            self._offsets.append(offset)
            self._rooms.append(room)
            offset += room

    def _record(self, i):
        at = self._HEADER.size + self._RECORD.size * i
        return self._RECORD.unpack(bytes(self.shm.buf[at:at + self._RECORD.size]))

    def _set_tag(self, i, tag):
        at = self._HEADER.size + self._RECORD.size * i
        self.shm.buf[at:at + self._RECORD.size] = self._RECORD.pack(tag, self._rooms[i])

    def _write(self, i, value):
        at = self._offsets[i]
        tag = self._tag(value)
        if tag in (b"s", b"b"):
            data = value.encode(_encoding) if tag == b"s" else value
            if len(data) + 8 > self._rooms[i]:
                raise ValueError("bytes/str item exceeds available storage")
            self.shm.buf[at:at + 8 + len(data)] = struct.pack("q", len(data)) + data
        elif tag == b"n":
            self.shm.buf[at:at + 8] = bytes(8)
        else:
            self.shm.buf[at:at + 8] = struct.pack(tag.decode(), value).ljust(8, b"\0")
        self._set_tag(i, tag)

    def _index(self, position):
        position = position.__index__()
        if position < 0:
            position += self._count
        if not 0 <= position < self._count:
            raise IndexError("index out of range")
        return position

    def __getitem__(self, position):
        i = self._index(position)
        tag, _ = self._record(i)
        at = self._offsets[i]
        if tag in (b"s", b"b"):
            n = struct.unpack("q", bytes(self.shm.buf[at:at + 8]))[0]
            data = bytes(self.shm.buf[at + 8:at + 8 + n])
            return data.decode(_encoding) if tag == b"s" else data
        if tag == b"n":
            return None
        code = tag.decode()
        return struct.unpack(code, bytes(self.shm.buf[at:at + struct.calcsize(code)]))[0]

    def __setitem__(self, position, value):
        i = self._index(position)
        self._write(i, value)

    def __reduce__(self):
        return partial_rebuild, (self.shm.name,)

    def __len__(self):
        return self._count

    def __repr__(self):
        return f"{self.__class__.__name__}({list(self)}, name={self.shm.name!r})"

    @property
    def format(self):
        """The struct codes of the items."""
        codes = []
        for i in range(self._count):
            tag, room = self._record(i)
            codes.append({b"s": "%ds" % (room - 8), b"b": "%ds" % (room - 8), b"n": "x"}.get(tag, tag.decode()))
        return "".join(codes)

    def count(self, value):
        """How many items equal value."""
        return sum(value == entry for entry in self)

    def index(self, value):
        """The position of the first item equal to value."""
        for position, entry in enumerate(self):
            if value == entry:
                return position
        raise ValueError(f"{value!r} not in this container")

    __class_getitem__ = classmethod(types.GenericAlias)


def partial_rebuild(name):
    return ShareableList(name=name)

"""Memory-mapped files and anonymous shared memory (CPython's mmap
module on Unix), over the native _mmap regions.

Not yet: the buffer protocol (memoryview(m), re on an mmap, readinto an
mmap); those raise NotImplementedError or TypeError.
"""

import operator as _operator
import os as _os

import _mmap
from _mmap import (MAP_SHARED, MAP_PRIVATE, MAP_ANONYMOUS, MAP_DENYWRITE, MAP_EXECUTABLE, MAP_POPULATE,
                   MAP_STACK, PROT_READ, PROT_WRITE, PROT_EXEC, PAGESIZE)

MAP_ANON = MAP_ANONYMOUS
ALLOCATIONGRANULARITY = PAGESIZE
ACCESS_DEFAULT, ACCESS_READ, ACCESS_WRITE, ACCESS_COPY = 0, 1, 2, 3
error = OSError

# madvise options (Linux's values).
MADV_NORMAL, MADV_RANDOM, MADV_SEQUENTIAL, MADV_WILLNEED, MADV_DONTNEED = 0, 1, 2, 3, 4
MADV_FREE, MADV_REMOVE, MADV_DONTFORK, MADV_DOFORK = 8, 9, 10, 11
MADV_MERGEABLE, MADV_UNMERGEABLE, MADV_HUGEPAGE, MADV_NOHUGEPAGE = 12, 13, 14, 15
MADV_DONTDUMP, MADV_DODUMP, MADV_HWPOISON = 16, 17, 100


def _index(value):
    return value if isinstance(value, int) else _operator.index(value)


class mmap:
    """mmap(fileno, length, flags=MAP_SHARED, prot=PROT_WRITE|PROT_READ,
    access=ACCESS_DEFAULT, offset=0): `length` bytes of an open file
    from `offset` (0: all of it), or anonymous memory for fileno -1."""

    def __new__(cls, fileno, length, flags=MAP_SHARED, prot=PROT_WRITE | PROT_READ, access=ACCESS_DEFAULT,
                offset=0):
        fileno, length, flags, prot, access, offset = map(_index, (fileno, length, flags, prot, access, offset))
        if length < 0:
            raise OverflowError("memory mapped length must be positive")
        if offset < 0:
            raise OverflowError("memory mapped offset must be positive")
        if access != ACCESS_DEFAULT and (flags != MAP_SHARED or prot != PROT_WRITE | PROT_READ):
            raise ValueError("mmap can't specify both access and flags, prot.")
        if access == ACCESS_READ:
            mode = "r"
        elif access == ACCESS_WRITE:
            mode = "w"
        elif access == ACCESS_COPY:
            mode = "c"
        elif access == ACCESS_DEFAULT:
            if not prot & PROT_WRITE:
                mode = "r"
            elif flags & MAP_PRIVATE:
                mode = "c"
            else:
                mode = "w"
        else:
            raise ValueError("mmap invalid access parameter.")
        self = object.__new__(cls)
        self._fd = -1
        if fileno != -1:
            size = _mmap.file_size(fileno)
            if length == 0:
                if size == 0:
                    raise ValueError("cannot mmap an empty file")
                if offset >= size:
                    raise ValueError("mmap offset is greater than file size")
                length = size - offset
            elif offset > size or size - offset < length:
                raise ValueError("mmap length is greater than file size")
            self._fd = _os.dup(fileno)
        elif length == 0:
            raise OSError(22, "Invalid argument")
        try:
            self._region = _mmap.map(self._fd, length, offset, mode)
        except BaseException:
            if self._fd != -1:
                _os.close(self._fd)
            raise
        self._access = access
        self._mode = mode
        self._offset = offset
        self._pos = 0
        return self

    # ----- state -----

    def _size(self):
        return self._region.size()

    @property
    def closed(self):
        return self._region.closed()

    def close(self):
        self._region.close()
        if self._fd != -1:
            fd, self._fd = self._fd, -1
            _os.close(fd)

    def __enter__(self):
        self._size()
        return self

    def __exit__(self, *args):
        self.close()

    def __len__(self):
        return self._size()

    def __buffer__(self, flags):
        # memoryview(m) views the mapped memory itself (PEP 688's hook).
        return memoryview(self._region)

    def size(self):
        """The size of the mapped file (OSError for anonymous memory)."""
        self._size()
        return _os.fstat(self._fd).st_size

    def tell(self):
        self._size()
        return self._pos

    def seek(self, pos, whence=0):
        n = self._size()
        pos = _index(pos)
        if whence == 0:
            where = pos
        elif whence == 1:
            where = self._pos + pos
        elif whence == 2:
            where = n + pos
        else:
            raise ValueError("unknown seek type")
        if not 0 <= where <= n:
            raise ValueError("seek out of range")
        self._pos = where
        return None

    # ----- reading -----

    def read(self, n=None):
        size = self._size()
        remaining = max(0, size - self._pos)
        if n is not None and not hasattr(type(n), "__index__"):
            raise TypeError(f"argument should be integer or None, not '{type(n).__name__}'")
        if n is None or _index(n) < 0:
            n = remaining
        n = min(_index(n), remaining)
        data = self._region.read(self._pos, self._pos + n)
        self._pos += len(data)
        return data

    def read_byte(self):
        if self._pos >= self._size():
            raise ValueError("read byte out of range")
        value = self._region.read(self._pos, self._pos + 1)[0]
        self._pos += 1
        return value

    def readline(self):
        size = self._size()
        rest = self._region.read(self._pos, size)
        end = rest.find(b"\n")
        line = rest if end < 0 else rest[:end + 1]
        self._pos += len(line)
        return line

    def _bounds(self, start, end):
        size = self._size()
        start = self._pos if start is None else _index(start)
        end = size if end is None else _index(end)
        if start < 0:
            start = max(0, start + size)
        if end < 0:
            end = max(0, end + size)
        return min(start, size), min(end, size)

    def find(self, sub, start=None, end=None):
        start, end = self._bounds(start, end)
        if start > end:
            return -1
        found = self._region.read(start, end).find(sub)
        return found if found < 0 else start + found

    def rfind(self, sub, start=None, end=None):
        start, end = self._bounds(start, end)
        if start > end:
            return -1
        found = self._region.read(start, end).rfind(sub)
        return found if found < 0 else start + found

    def __getitem__(self, key):
        size = self._size()
        if isinstance(key, slice):
            start, stop, step = key.indices(size)
            if step == 1:
                return self._region.read(start, max(start, stop))
            return self._region.read(0, size)[key]
        i = _index(key)
        if i < 0:
            i += size
        if not 0 <= i < size:
            raise IndexError("mmap index out of range")
        return self._region.read(i, i + 1)[0]

    def __iter__(self):
        # CPython iterates by its sequence protocol, whose items are
        # one-byte bytes objects (indexing gives ints).
        for i in range(len(self)):
            yield self._region.read(i, i + 1)

    def __contains__(self, item):
        return any(byte == item for byte in self)

    # ----- writing -----

    def _check_writable(self):
        self._size()
        if self._mode == "r":
            raise TypeError("mmap can't modify a readonly memory map.")

    def write(self, data):
        self._check_writable()
        data = memoryview(data).tobytes() if not isinstance(data, (bytes, bytearray)) else bytes(data)
        if self._pos > self._size() or self._size() - self._pos < len(data):
            raise ValueError("data out of range")
        self._region.write(self._pos, data)
        self._pos += len(data)
        return len(data)

    def write_byte(self, byte):
        self._check_writable()
        if self._pos >= self._size():
            raise ValueError("write byte out of range")
        self._region.write(self._pos, bytes([byte]))
        self._pos += 1

    def __setitem__(self, key, value):
        self._check_writable()
        size = self._size()
        if isinstance(key, slice):
            start, stop, step = key.indices(size)
            data = bytes(memoryview(value))
            if step == 1:
                if len(data) != max(0, stop - start):
                    raise IndexError("mmap slice assignment is wrong size")
                self._region.write(start, data)
                return
            positions = range(start, stop, step)
            if len(data) != len(positions):
                raise IndexError("mmap slice assignment is wrong size")
            for at, b in zip(positions, data):
                self._region.write(at, bytes([b]))
            return
        i = _index(key)
        if i < 0:
            i += size
        if not 0 <= i < size:
            raise IndexError("mmap index out of range")
        if not isinstance(value, int):
            raise TypeError("mmap item value must be an int")
        if not 0 <= value < 256:
            raise ValueError("mmap item value must be in range(0, 256)")
        self._region.write(i, bytes([value]))

    def __delitem__(self, key):
        raise TypeError("mmap object doesn't support item deletion")

    def move(self, dest, src, count):
        self._check_writable()
        self._region.move(_index(dest), _index(src), _index(count))

    def flush(self, offset=0, size=None):
        n = self._size()
        offset = _index(offset)
        size = n - offset if size is None else _index(size)
        if offset < 0 or size < 0 or offset + size > n:
            raise ValueError("flush values out of range")
        if offset % PAGESIZE:
            raise OSError(22, "Invalid argument")
        if self._mode != "w":
            return None
        self._region.flush(offset, size)

    def madvise(self, option, start=0, length=None):
        n = self._size()
        if not 0 <= start < n:
            raise ValueError("madvise start out of bounds")
        if length is None:
            length = n - start
        if length < 0:
            raise ValueError("madvise length invalid")
        if length >= 1 << 63:
            raise OverflowError("Python int too large to convert to C ssize_t")
        if start + length >= 1 << 63:
            raise OverflowError("madvise length too large")
        self._region.advise(_index(option), start, min(length, n - start))

    def resize(self, newsize):
        """Changes the size of the mapping (and of its file)."""
        self._size()
        if self._mode != "w":
            raise TypeError("mmap can't resize a readonly or copy-on-write memory map.")
        newsize = _index(newsize)
        if newsize <= 0:
            raise ValueError("new size out of range")
        old = self._region.read(0, self._size())
        if self._fd != -1:
            self._region.flush(0, len(old))
            _os.ftruncate(self._fd, self._offset + newsize)
            region = _mmap.map(self._fd, newsize, self._offset, "w")
        else:
            region = _mmap.map(-1, newsize, 0, "w")
            region.write(0, old[:newsize])
        self._region.close()
        self._region = region
        self._pos = min(self._pos, newsize)

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")

    def __repr__(self):
        if self.closed:
            return "<mmap.mmap closed=True>"
        access = {ACCESS_DEFAULT: "ACCESS_DEFAULT", ACCESS_READ: "ACCESS_READ", ACCESS_WRITE: "ACCESS_WRITE",
                  ACCESS_COPY: "ACCESS_COPY"}[self._access]
        return (f"<mmap.mmap closed=False, access={access}, length={len(self)}, pos={self._pos}, "
                f"offset={self._offset}>")

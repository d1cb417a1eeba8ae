"""A memoryview-like view of shared memory (a slice of an mmap), with
memoryview's interface: len, indexing, slices that are views, cast to a
struct format, tobytes, tolist, hex, release. ferropy's memoryview does
not cover mmap yet (the buffer protocol is issue 17's); SharedMemory.buf
and BufferWrapper.create_memoryview() give this instead."""

import struct


class MemoryView:
    __slots__ = ("_mmap", "_start", "_stop", "_format", "_itemsize", "_released")

    def __init__(self, mapping, start, stop, format="B"):
        self._mmap = mapping
        self._start = start
        self._stop = stop
        self._format = format
        self._itemsize = struct.calcsize(format)
        self._released = False

    def _check(self):
        if self._released:
            raise ValueError("operation forbidden on released memoryview object")

    @property
    def format(self):
        return self._format

    @property
    def itemsize(self):
        return self._itemsize

    ndim = 1
    readonly = False

    @property
    def nbytes(self):
        return self._stop - self._start

    @property
    def shape(self):
        return (len(self),)

    @property
    def obj(self):
        return self._mmap

    def __len__(self):
        self._check()
        return (self._stop - self._start) // self._itemsize

    def cast(self, format, shape=None):
        """The same bytes seen as items of a struct format."""
        self._check()
        size = struct.calcsize(format)
        if (self._stop - self._start) % size:
            raise TypeError("memoryview: length is not a multiple of itemsize")
        return MemoryView(self._mmap, self._start, self._stop, format)

    def _offset(self, i):
        n = len(self)
        i = i.__index__()
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("index out of bounds on dimension 1")
        return self._start + i * self._itemsize

    def __getitem__(self, key):
        self._check()
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            if step != 1:
                return bytes(self)[key] if self._itemsize == 1 else [self[i] for i in range(start, stop, step)]
            size = self._itemsize
            return MemoryView(self._mmap, self._start + start * size, self._start + max(start, stop) * size,
                              self._format)
        at = self._offset(key)
        if self._itemsize == 1 and self._format == "B":
            return self._mmap[at]
        return struct.unpack(self._format, self._mmap[at:at + self._itemsize])[0]

    def __setitem__(self, key, value):
        self._check()
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            data = bytes(value)
            width = max(0, stop - start) * self._itemsize
            if step != 1 or len(data) != width:
                raise ValueError("memoryview assignment: lvalue and rvalue have different structures")
            self._mmap[self._start + start * self._itemsize:self._start + start * self._itemsize + width] = data
            return
        at = self._offset(key)
        if self._itemsize == 1 and self._format == "B":
            self._mmap[at] = value
        else:
            self._mmap[at:at + self._itemsize] = struct.pack(self._format, value)

    def __bytes__(self):
        self._check()
        return self._mmap[self._start:self._stop]

    def tobytes(self, order=None):
        return bytes(self)

    def tolist(self):
        if self._format == "B":
            return list(bytes(self))
        return [self[i] for i in range(len(self))]

    def hex(self, *args):
        return bytes(self).hex(*args)

    def __iter__(self):
        return iter(self.tolist())

    def __eq__(self, other):
        if isinstance(other, (bytes, bytearray, memoryview, MemoryView)):
            return bytes(self) == bytes(other)
        return NotImplemented

    def release(self):
        self._released = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return "<memory at %#x>" % id(self)

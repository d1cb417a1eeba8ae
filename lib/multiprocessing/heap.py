"""Shared memory for Value, Array and Barrier: arenas (files in
/dev/shm, unlinked at once, mapped with MAP_SHARED) cut into blocks.
A forked child shares the parent's arenas; a spawned child maps the
same file through a descriptor it inherits."""

import mmap
import os
import struct
import tempfile
import threading

from . import context
from . import reduction
from . import util

__all__ = ["BufferWrapper"]

_ALIGNMENT = 8
_MIN_ARENA = 1 << 20
_PAGE = mmap.PAGESIZE


def _round_up(n, alignment):
    return (n + alignment - 1) & ~(alignment - 1)


class Arena:
    """One shared file mapped into memory."""

    _dir_candidates = ["/dev/shm"]

    def __init__(self, size, fd=-1):
        self.size = size
        self.fd = fd
        if fd == -1:
            self.fd, name = tempfile.mkstemp(prefix="pym-%d-" % os.getpid(), dir=self._choose_dir(size))
            os.unlink(name)
            util.Finalize(self, os.close, (self.fd,))
            os.ftruncate(self.fd, size)
        self.buffer = mmap.mmap(self.fd, self.size)

    def _choose_dir(self, size):
        for d in self._dir_candidates:
            if os.path.isdir(d) and os.access(d, os.W_OK):
                return d
        return util.get_temp_dir()


def _reduce_arena(a):
    return _rebuild_arena, (a.size, reduction.DupFd(a.fd))


def _rebuild_arena(size, dupfd):
    return Arena(size, dupfd.detach())


reduction.register(Arena, _reduce_arena)


class Heap:
    """Blocks handed out from arenas by bump allocation; an arena whose
    blocks are all freed is used again from its start."""

    def __init__(self):
        self._lock = threading.Lock()
        self._arenas = []
        # arena -> [next free offset, live blocks]
        self._usage = {}
        self._pid = os.getpid()

    def malloc(self, size):
        if size < 0:
            raise ValueError("Size {0:n} out of range".format(size))
        if os.getpid() != self._pid:
            self.__init__()
        size = _round_up(max(size, 1), _ALIGNMENT)
        with self._lock:
            for arena in self._arenas:
                usage = self._usage[id(arena)]
                if usage[0] + size <= arena.size:
                    break
            else:
                arena = Arena(_round_up(max(size, _MIN_ARENA), _PAGE))
                self._arenas.append(arena)
                usage = self._usage[id(arena)] = [0, 0]
            start = usage[0]
            usage[0] += size
            usage[1] += 1
            return (arena, start, start + size)

    def free(self, block):
        if os.getpid() != self._pid:
            return
        arena = block[0]
        with self._lock:
            usage = self._usage.get(id(arena))
            if usage is not None:
                usage[1] -= 1
                if usage[1] == 0:
                    usage[0] = 0


_heap = Heap()


class BufferWrapper:
    """A block of the shared heap, freed when the wrapper dies."""

    _heap = _heap

    def __init__(self, size):
        if size < 0:
            raise ValueError("Size {0:n} out of range".format(size))
        block = BufferWrapper._heap.malloc(size)
        self._state = (block, size)
        util.Finalize(self, BufferWrapper._heap.free, args=(block,))

    def create_memoryview(self):
        (arena, start, stop), size = self._state
        return memoryview(arena.buffer)[start:start + size]

    def __getstate__(self):
        context.assert_spawning(self)
        return self._state

    def __setstate__(self, state):
        self._state = state

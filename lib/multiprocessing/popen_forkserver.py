"""Starting a child with the forkserver method (see forkserver.py)."""

import os

from . import forkserver
from . import popen_spawn_posix
from . import spawn
from . import util

__all__ = ["Popen"]


class _DupFd:
    """A descriptor sent to the server: its place in the list the child
    receives."""

    def __init__(self, ind):
        self.ind = ind

    def detach(self):
        return forkserver.get_inherited_fds()[self.ind]


class Popen(popen_spawn_posix.Popen):
    """spawn's Popen (it gathers the descriptors to pass), with the child
    forked by the server."""

    method = "forkserver"
    DupFd = _DupFd

    def duplicate_for_child(self, fd):
        super().duplicate_for_child(fd)
        return len(self._fds) - 1

    def _launch(self, process_obj):
        data = spawn.pickled_for_child(self, process_obj)
        self.sentinel, w = forkserver.connect_to_new_process(self._fds)
        _parent_w = os.dup(w)
        self.finalizer = util.Finalize(self, util.close_fds, (_parent_w, self.sentinel))
        with open(w, "wb", closefd=True) as f:
            f.write(data)
        self.pid = forkserver.read_signed(self.sentinel)

    def poll(self, flag=os.WNOHANG):
        if self.returncode is None:
            from multiprocessing.connection import wait
            timeout = 0 if flag == os.WNOHANG else None
            if not wait([self.sentinel], timeout):
                return None
            try:
                self.returncode = forkserver.read_signed(self.sentinel)
            except (OSError, EOFError):
                # The server ended without reporting: unknown, as CPython.
                self.returncode = 255
        return self.returncode

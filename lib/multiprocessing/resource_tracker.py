"""The resource tracker: a process, started once and shared by a program's
processes, that unlinks the named semaphores and shared memory blocks
they registered and did not unregister, when the last of them has
ended (each holds the write end of its pipe), warning about each kind:
"resource_tracker: There appear to be N leaked shared_memory objects to
clean up at shutdown"."""

import os
import signal
import sys
import threading
import warnings

from . import spawn
from . import util

__all__ = ["ensure_running", "register", "unregister"]

_HAVE_SIGMASK = hasattr(signal, "pthread_sigmask")
_IGNORED_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _unlink_semaphore(name):
    import _multiprocessing
    _multiprocessing.sem_unlink(name)


def _unlink_shared_memory(name):
    from .shared_memory import _shm_path
    os.unlink(_shm_path(name))


_CLEANUP_FUNCS = {"noop": lambda name: None, "semaphore": _unlink_semaphore, "shared_memory": _unlink_shared_memory}


class ResourceTracker:
    def __init__(self):
        self._lock = threading.Lock()
        self._fd = None
        self._pid = None

    def _stop(self):
        with self._lock:
            if self._fd is None:
                return
            os.close(self._fd)
            os.waitpid(self._pid, 0)
            self._fd = None
            self._pid = None

    def getfd(self):
        self.ensure_running()
        return self._fd

    def ensure_running(self):
        """Starts the tracker unless this process has a live one."""
        with self._lock:
            if self._fd is not None:
                if self._check_alive():
                    return
                os.close(self._fd)
                try:
                    if self._pid is not None:
                        os.waitpid(self._pid, 0)
                except ChildProcessError:
                    pass
                self._fd = None
                self._pid = None
                warnings.warn("resource_tracker: process died unexpectedly, relaunching.  Some resources might "
                              "leak.")
            r, w = os.pipe()
            try:
                exe = spawn.get_executable()
                args = [exe, "-c", "from multiprocessing.resource_tracker import main;main(%d)" % r]
                self._pid = util.spawnv_passfds(exe, args, [r])
            except BaseException:
                os.close(w)
                raise
            else:
                self._fd = w
            finally:
                os.close(r)

    def _check_alive(self):
        try:
            os.write(self._fd, b"PROBE:0:noop\n")
        except OSError:
            return False
        return True

    def register(self, name, rtype):
        """Tracks a resource of kind `rtype`."""
        self._send("REGISTER", name, rtype)

    def unregister(self, name, rtype):
        """Stops tracking it (it was unlinked)."""
        self._send("UNREGISTER", name, rtype)

    def _send(self, cmd, name, rtype):
        self.ensure_running()
        msg = "{0}:{1}:{2}\n".format(cmd, name, rtype).encode("ascii")
        if len(msg) > 512:
            raise ValueError("msg too long")
        nbytes = os.write(self._fd, msg)
        assert nbytes == len(msg), "nbytes {0:n} but len(msg) {1:n}".format(nbytes, len(msg))


_resource_tracker = ResourceTracker()
ensure_running = _resource_tracker.ensure_running
register = _resource_tracker.register
unregister = _resource_tracker.unregister
getfd = _resource_tracker.getfd


def main(fd):
    """The tracker's loop: read commands until every writer has gone,
    then clean up what is left."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    for f in (sys.stdin, sys.stdout):
        try:
            f.close()
        except Exception:
            pass
    cache = {rtype: set() for rtype in _CLEANUP_FUNCS}
    try:
        with open(fd, "rb") as f:
            for line in f:
                try:
                    cmd, name, rtype = line.strip().decode("ascii").split(":")
                    cleanup_func = _CLEANUP_FUNCS.get(rtype, None)
                    if cleanup_func is None:
                        raise ValueError(f"Cannot register {name} for automatic cleanup: unknown resource type "
                                         f"{rtype}")
                    if cmd == "REGISTER":
                        cache[rtype].add(name)
                    elif cmd == "UNREGISTER":
                        cache[rtype].remove(name)
                    elif cmd == "PROBE":
                        pass
                    else:
                        raise RuntimeError("unrecognized command %r" % cmd)
                except Exception:
                    try:
                        sys.excepthook(*sys.exc_info())
                    except BaseException:
                        pass
    finally:
        for rtype, rtype_cache in cache.items():
            if rtype_cache:
                try:
                    warnings.warn("resource_tracker: There appear to be %d leaked %s objects to clean up at "
                                  "shutdown" % (len(rtype_cache), rtype))
                except Exception:
                    pass
            for name in rtype_cache:
                try:
                    _CLEANUP_FUNCS[rtype](name)
                except Exception as e:
                    warnings.warn("resource_tracker: %r: %s" % (name, e))

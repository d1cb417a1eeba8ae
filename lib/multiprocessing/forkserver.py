"""The forkserver start method: a server process, started once from a
fresh interpreter (which imports the main module as `__mp_main__` and the
preloaded modules), forks each new child. A client connects to the
server's Unix socket and passes it, with SCM_RIGHTS, the read end of a
pipe carrying the pickled Process object, the write end of a status
pipe, and the descriptors the Process object refers to. The server
writes the child's pid into the status pipe, and its exit code when it
ends; the client's end of that pipe is the process's sentinel."""

import errno
import os
import selectors
import signal
import socket
import struct
import sys
import threading

from . import connection
from . import process
from .context import reduction
from . import spawn
from . import util

__all__ = ["ensure_running", "get_inherited_fds", "connect_to_new_process", "set_forkserver_preload"]

MAXFDS_TO_SEND = 256
SIGNED_STRUCT = struct.Struct("q")


class ForkServer:
    def __init__(self):
        self._forkserver_address = None
        self._forkserver_alive_fd = None
        self._forkserver_pid = None
        self._inherited_fds = None
        self._lock = threading.Lock()
        self._preload_modules = ["__main__"]

    def _stop(self):
        with self._lock:
            if self._forkserver_pid is None:
                return
            os.close(self._forkserver_alive_fd)
            self._forkserver_alive_fd = None
            os.waitpid(self._forkserver_pid, 0)
            self._forkserver_pid = None
            if not util.is_abstract_socket_namespace(self._forkserver_address):
                os.unlink(self._forkserver_address)
            self._forkserver_address = None

    def set_forkserver_preload(self, modules_names):
        """Modules the server imports before it forks any child."""
        if not all(type(mod) is str for mod in modules_names):
            raise TypeError("module_names must be a list of strings")
        self._preload_modules = modules_names

    def get_inherited_fds(self):
        """In a child of the server: the descriptors its Process object
        refers to, in the order they were sent."""
        return self._inherited_fds

    def connect_to_new_process(self, fds):
        """Asks the server for a new child; (status pipe's read end, data
        pipe's write end)."""
        self.ensure_running()
        if len(fds) + 4 >= MAXFDS_TO_SEND:
            raise ValueError("too many fds")
        with socket.socket(socket.AF_UNIX) as client:
            client.connect(self._forkserver_address)
            data_r, data_w = os.pipe()
            status_r, status_w = os.pipe()
            allfds = [data_r, status_w, self._forkserver_alive_fd]
            allfds += fds
            try:
                socket.send_fds(client, [b"x"], allfds)
                return status_r, data_w
            except BaseException:
                os.close(status_r)
                os.close(data_w)
                raise
            finally:
                os.close(data_r)
                os.close(status_w)

    def ensure_running(self):
        """Starts the server unless it runs."""
        with self._lock:
            if self._forkserver_pid is not None:
                pid, status = os.waitpid(self._forkserver_pid, os.WNOHANG)
                if not pid:
                    return
                os.close(self._forkserver_alive_fd)
                self._forkserver_address = None
                self._forkserver_alive_fd = None
                self._forkserver_pid = None
            cmd = "from multiprocessing.forkserver import main; main(%d, %d, %r, **%r)"
            if self._preload_modules:
                desired_keys = {"main_path", "sys_path"}
                data = spawn.get_preparation_data("ignore")
                data = {x: y for x, y in data.items() if x in desired_keys}
            else:
                data = {}
            with socket.socket(socket.AF_UNIX) as listener:
                address = connection.arbitrary_address("AF_UNIX")
                listener.bind(address)
                if not util.is_abstract_socket_namespace(address):
                    os.chmod(address, 0o600)
                listener.listen()
                alive_r, alive_w = os.pipe()
                try:
                    from . import resource_tracker
                    data["tracker_fd"] = resource_tracker.getfd()
                    fds_to_pass = [listener.fileno(), alive_r, data["tracker_fd"]]
                    cmd %= (listener.fileno(), alive_r, self._preload_modules, data)
                    exe = spawn.get_executable()
                    args = [exe, "-c", cmd]
                    pid = util.spawnv_passfds(exe, args, fds_to_pass)
                except BaseException:
                    os.close(alive_w)
                    raise
                finally:
                    os.close(alive_r)
                self._forkserver_address = address
                self._forkserver_alive_fd = alive_w
                self._forkserver_pid = pid


def main(listener_fd, alive_r, preload, main_path=None, sys_path=None, tracker_fd=None):
    """The server's loop: fork a child per request; report each child's
    pid and exit code; end when the parent program's alive pipe closes."""
    if tracker_fd is not None:
        from . import resource_tracker
        resource_tracker._resource_tracker._fd = tracker_fd
    if preload:
        if sys_path is not None:
            sys.path[:] = sys_path
        if "__main__" in preload and main_path is not None:
            process.current_process()._inheriting = True
            try:
                spawn.import_main_path(main_path)
            finally:
                del process.current_process()._inheriting
        for modname in preload:
            try:
                __import__(modname)
            except ImportError:
                pass
    util._close_stdin()
    # The terminal's Ctrl-C is for the program, not the server.
    handlers = {signal.SIGINT: signal.SIG_IGN}
    old_handlers = {sig: signal.signal(sig, val) for (sig, val) in handlers.items()}
    status_writers = {}
    with socket.socket(socket.AF_UNIX, fileno=listener_fd) as listener, selectors.DefaultSelector() as selector:
        selector.register(listener, selectors.EVENT_READ)
        selector.register(alive_r, selectors.EVENT_READ)
        while True:
            try:
                ready = [key.fileobj for (key, events) in selector.select(0.05)]
                _reap(status_writers)
                if alive_r in ready:
                    # The program has ended: so does the server.
                    os._exit(0)
                if listener in ready:
                    with listener.accept()[0] as s:
                        _msg, fds, _flags, _addr = socket.recv_fds(s, 1, MAXFDS_TO_SEND + 1)
                    if len(fds) < 3:
                        raise RuntimeError("Too few ({}) fds sent to forkserver".format(len(fds)))
                    data_r, status_w, child_alive, *inherited = fds
                    pid = os.fork()
                    if pid == 0:
                        code = 1
                        try:
                            listener.close()
                            selector.close()
                            os.close(alive_r)
                            for fd in status_writers.values():
                                os.close(fd)
                            os.close(status_w)
                            for sig, handler in old_handlers.items():
                                signal.signal(sig, handler)
                            code = _serve_one(data_r, inherited, child_alive)
                        except Exception:
                            sys.excepthook(*sys.exc_info())
                            sys.stderr.flush()
                        finally:
                            os._exit(code)
                    else:
                        try:
                            _write_signed(status_w, pid)
                        except BrokenPipeError:
                            pass
                        status_writers[pid] = status_w
                        os.close(data_r)
                        os.close(child_alive)
                        for fd in inherited:
                            os.close(fd)
            except OSError as e:
                if e.errno != errno.ECONNABORTED:
                    raise


def _reap(status_writers):
    """Reports the exit code of each child that has ended."""
    while status_writers:
        try:
            pid, sts = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        status_w = status_writers.pop(pid, None)
        if status_w is not None:
            try:
                _write_signed(status_w, os.waitstatus_to_exitcode(sts))
            except BrokenPipeError:
                pass
            os.close(status_w)


def _serve_one(data_r, fds, parent_sentinel):
    global _forkserver
    _forkserver._forkserver_address = None
    _forkserver._forkserver_pid = None
    _forkserver._inherited_fds = fds
    with os.fdopen(data_r, "rb", closefd=True) as from_parent:
        process.current_process()._inheriting = True
        try:
            preparation_data = reduction.pickle.load(from_parent)
            spawn.prepare(preparation_data)
            self = reduction.pickle.load(from_parent)
        finally:
            del process.current_process()._inheriting
    return self._bootstrap(parent_sentinel)


def read_signed(fd):
    data = b""
    length = SIGNED_STRUCT.size
    while len(data) < length:
        s = os.read(fd, length - len(data))
        if not s:
            raise EOFError("unexpected EOF")
        data += s
    return SIGNED_STRUCT.unpack(data)[0]


def _write_signed(fd, n):
    msg = SIGNED_STRUCT.pack(n)
    while msg:
        nbytes = os.write(fd, msg)
        if nbytes == 0:
            raise RuntimeError("should not get here")
        msg = msg[nbytes:]


write_signed = _write_signed

_forkserver = ForkServer()
ensure_running = _forkserver.ensure_running
get_inherited_fds = _forkserver.get_inherited_fds
connect_to_new_process = _forkserver.connect_to_new_process
set_forkserver_preload = _forkserver.set_forkserver_preload

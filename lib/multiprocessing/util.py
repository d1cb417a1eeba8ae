"""Helpers shared by the multiprocessing modules: finalizers run at exit
or when an object dies, hooks run in a forked child, the package's
logger, and the exit function every process runs last."""

import atexit
import itertools
import os
import sys
import threading
import weakref

from . import process

__all__ = ["sub_debug", "debug", "info", "sub_warning", "get_logger", "log_to_stderr", "get_temp_dir",
           "register_after_fork", "is_exiting", "Finalize", "ForkAwareThreadLock", "ForkAwareLocal",
           "close_all_fds_except", "SUBDEBUG", "SUBWARNING"]

NOTSET = 0
SUBDEBUG = 5
DEBUG = 10
INFO = 20
SUBWARNING = 25

LOGGER_NAME = "multiprocessing"
DEFAULT_LOGGING_FORMAT = "[%(levelname)s/%(processName)s] %(message)s"

_logger = None
_log_to_stderr = False


def sub_debug(msg, *args):
    if _logger:
        _logger.log(SUBDEBUG, msg, *args)


def debug(msg, *args):
    if _logger:
        _logger.log(DEBUG, msg, *args)


def info(msg, *args):
    if _logger:
        _logger.log(INFO, msg, *args)


def sub_warning(msg, *args):
    if _logger:
        _logger.log(SUBWARNING, msg, *args)


def get_logger():
    """The logger of the package (made on first use, with the package's
    two extra levels named)."""
    global _logger
    import logging
    with logging._lock:
        if not _logger:
            _logger = logging.getLogger(LOGGER_NAME)
            _logger.propagate = 0
            logging.addLevelName(SUBDEBUG, "SUBDEBUG")
            logging.addLevelName(SUBWARNING, "SUBWARNING")
    return _logger


def log_to_stderr(level=None):
    """Sends the package's log records to stderr; the logger."""
    global _log_to_stderr
    import logging
    logger = get_logger()
    formatter = logging.Formatter(DEFAULT_LOGGING_FORMAT)
    handler = logging.StreamHandler()
    handler.setFormatter(formatter)
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    _log_to_stderr = True
    return _logger


def get_temp_dir():
    """A directory of this process's own, removed at exit."""
    tempdir = process.current_process()._config.get("tempdir")
    if tempdir is None:
        import shutil
        import tempfile
        tempdir = tempfile.mkdtemp(prefix="pymp-")
        info("created temp directory %s", tempdir)
        Finalize(None, shutil.rmtree, args=(tempdir, True), exitpriority=-100)
        process.current_process()._config["tempdir"] = tempdir
    return tempdir


# ----- hooks run in a forked child -------------------------------------------

_afterfork_registry = weakref.WeakValueDictionary()
_afterfork_counter = itertools.count()


def _run_after_forkers():
    items = sorted(_afterfork_registry.items())
    for (index, ident, func), obj in items:
        try:
            func(obj)
        except Exception as e:
            info("after forker raised exception %s", e)


def register_after_fork(obj, func):
    """Calls func(obj) in each child forked while obj lives."""
    _afterfork_registry[(next(_afterfork_counter), id(obj), func)] = obj


# ----- finalizers --------------------------------------------------------------

_finalizer_registry = {}
_finalizer_counter = itertools.count()


class Finalize:
    """Calls callback(*args, **kwargs) once: when obj is collected, when
    called, or at exit if exitpriority is not None (higher first)."""

    def __init__(self, obj, callback, args=(), kwargs=None, exitpriority=None):
        if exitpriority is not None and type(exitpriority) is not int:
            raise TypeError("Exitpriority ({0!r}) must be None or int, not {1!s}".format(
                exitpriority, type(exitpriority)))
        if obj is not None:
            self._weakref = weakref.ref(obj, self)
        elif exitpriority is None:
            raise ValueError("Without object, exitpriority cannot be None")
        self._callback = callback
        self._args = args
        self._kwargs = kwargs or {}
        self._key = (exitpriority, next(_finalizer_counter))
        self._pid = os.getpid()
        _finalizer_registry[self._key] = self

    def __call__(self, wr=None, _finalizer_registry=_finalizer_registry, sub_debug=sub_debug, getpid=os.getpid):
        try:
            del _finalizer_registry[self._key]
        except KeyError:
            sub_debug("finalizer no longer registered")
            return None
        if self._pid != getpid():
            sub_debug("finalizer ignored because different process")
            res = None
        else:
            sub_debug("finalizer calling %s with args %s and kwargs %s", self._callback, self._args, self._kwargs)
            res = self._callback(*self._args, **self._kwargs)
        self._weakref = self._callback = self._args = self._kwargs = self._key = None
        return res

    def cancel(self):
        """Forgets the callback without calling it."""
        try:
            del _finalizer_registry[self._key]
        except KeyError:
            pass
        else:
            self._weakref = self._callback = self._args = self._kwargs = self._key = None

    def still_active(self):
        return self._key in _finalizer_registry

    def __repr__(self):
        try:
            obj = self._weakref()
        except (AttributeError, TypeError):
            obj = None
        if obj is None:
            return "<%s object, dead>" % self.__class__.__name__
        x = "<%s object, callback=%s" % (self.__class__.__name__, getattr(self._callback, "__name__", self._callback))
        if self._args:
            x += ", args=" + str(self._args)
        if self._kwargs:
            x += ", kwargs=" + str(self._kwargs)
        if self._key[0] is not None:
            x += ", exitpriority=" + str(self._key[0])
        return x + ">"


def _run_finalizers(minpriority=None):
    """Runs the finalizers whose priority is at least minpriority (all
    with a priority when None), highest first, newest first within one."""
    if _finalizer_registry is None:
        return
    if minpriority is None:
        def wanted(p):
            return p[0] is not None
    else:
        def wanted(p):
            return p[0] is not None and p[0] >= minpriority
    keys = [key for key in list(_finalizer_registry) if wanted(key)]
    keys.sort(reverse=True)
    for key in keys:
        finalizer = _finalizer_registry.get(key)
        if finalizer is not None:
            sub_debug("calling %s", finalizer)
            try:
                finalizer()
            except Exception:
                import traceback
                traceback.print_exc()
    if minpriority is None:
        _finalizer_registry.clear()


# ----- exit --------------------------------------------------------------------

_exiting = False


def is_exiting():
    """Whether this process has begun to exit."""
    return _exiting or _exiting is None


def _exit_function(info=info, debug=debug, _run_finalizers=_run_finalizers,
                   active_children=process.active_children, current_process=process.current_process):
    """Run by every process as it ends: finalizers of priority 0 and
    above, then daemonic children are terminated and the others joined,
    then the remaining finalizers."""
    global _exiting
    if not _exiting:
        _exiting = True
        info("process shutting down")
        debug("running all 'atexit' finalizers with priority >= 0")
        _run_finalizers(0)
        if current_process() is not None:
            for p in active_children():
                if p.daemon:
                    info("calling terminate() for daemon %s", p.name)
                    p._popen.terminate()
            for p in active_children():
                info("calling join() for process %s", p.name)
                p.join()
        debug("running the remaining 'atexit' finalizers")
        _run_finalizers()


atexit.register(_exit_function)


# ----- locks that survive fork --------------------------------------------------

class ForkAwareThreadLock:
    """A threading.Lock made anew in each forked child."""

    def __init__(self):
        self._lock = threading.Lock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        register_after_fork(self, ForkAwareThreadLock._at_fork_reinit)

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)


class ForkAwareLocal(threading.local):
    """A threading.local emptied in each forked child."""

    def __init__(self):
        register_after_fork(self, lambda obj: obj.__dict__.clear())

    def __reduce__(self):
        return type(self), ()


# ----- descriptors and children ------------------------------------------------

try:
    MAXFD = os.sysconf("SC_OPEN_MAX")
except Exception:
    MAXFD = 256


def close_all_fds_except(fds):
    fds = sorted(set(fds) | {-1, MAXFD})
    for i in range(len(fds) - 1):
        os.closerange(fds[i] + 1, fds[i + 1])


def _close_stdin():
    """A child reads no terminal input: its stdin is /dev/null."""
    if sys.stdin is None:
        return
    try:
        sys.stdin.close()
    except (OSError, ValueError):
        pass
    try:
        fd = os.open(os.devnull, os.O_RDONLY)
        try:
            sys.stdin = open(fd, encoding="utf-8", closefd=False)
        except BaseException:
            os.close(fd)
            raise
    except (OSError, ValueError):
        pass


def _flush_std_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError):
            pass


def spawnv_passfds(path, args, passfds):
    """Starts `path` with `args` in a new process that inherits exactly
    the descriptors `passfds` (besides 0, 1 and 2); its pid."""
    passfds = tuple(sorted(map(int, passfds)))
    _flush_std_streams()
    errpipe_read, errpipe_write = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(errpipe_read)
            for fd in passfds:
                os.set_inheritable(fd, True)
            os.execv(path, args)
        except BaseException as e:
            try:
                os.write(errpipe_write, str(getattr(e, "errno", 0) or 0).encode())
            finally:
                os._exit(127)
    os.close(errpipe_write)
    try:
        failure = os.read(errpipe_read, 64)
    finally:
        os.close(errpipe_read)
    if failure:
        os.waitpid(pid, 0)
        errno = int(failure or 0)
        raise OSError(errno, os.strerror(errno), path)
    return pid


def _cleanup_tests():
    """What CPython's test suite calls between tests."""
    from multiprocessing import process as _process
    _process._cleanup()
    _run_finalizers()


def close_fds(*fds):
    """Closes each descriptor."""
    for fd in fds:
        os.close(fd)


# Linux has the abstract socket namespace (addresses starting with NUL).
abstract_sockets_supported = sys.platform == "linux"


def is_abstract_socket_namespace(address):
    """Whether a Unix socket address is in Linux's abstract namespace."""
    if not address:
        return False
    if isinstance(address, bytes):
        return address[0] == 0
    if isinstance(address, str):
        return address[0] == "\0"
    raise TypeError(f"address type of {address!r} unrecognized")


class Namespace:
    """An object of attributes (a manager's Namespace; multiprocessing.dummy's)."""

    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith("_"):
                temp.append("%s=%r" % (name, value))
        temp.sort()
        return "%s(%s)" % (self.__class__.__name__, ", ".join(temp))

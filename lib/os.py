"""Operating-system interfaces: the `os` module.

The system calls come from the native `posix` module; this module adds
what CPython's os adds in Python: `environ` as a mapping that writes
through to the process environment, `os.path`, `makedirs`, `walk`, and
`stat_result`.
"""

from types import GenericAlias as _GenericAlias
import abc as _abc
import sys
import posix as _posix
from posix import (getcwd, getcwdb, chdir, listdir, mkdir, rmdir, remove, unlink,
                   rename, replace, chmod, utime, readlink, symlink, access, getpid, getppid,
                   getuid, geteuid, getgid, getegid, cpu_count, umask, kill, _exit,
                   strerror, urandom, isatty, system, open, close, read, write, lseek, fsync, dup,
                   dup2, pipe, O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL, O_TRUNC, O_NONBLOCK,
                   O_CLOEXEC, O_SYNC, O_NOFOLLOW, O_DIRECTORY, ftruncate, truncate, pread, pwrite, get_blocking,
                   set_blocking, get_inheritable, set_inheritable, fdatasync, closerange, fchmod, chown, lchown,
                   fchown, link, mkfifo, getloadavg, sysconf, sysconf_names, confstr, confstr_names, uname, uname_result,
                   get_terminal_size, terminal_size, getsid, setsid, getpgid, setpgid, getpgrp, setpgrp,
                   killpg, fork, register_at_fork, wait, waitpid, waitstatus_to_exitcode, WIFEXITED,
                   WEXITSTATUS, WIFSIGNALED, WTERMSIG, WCOREDUMP, WIFSTOPPED, WSTOPSIG, WIFCONTINUED,
                   WNOHANG, WUNTRACED, WCONTINUED, execv, execve, sched_getaffinity)

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
error = OSError
F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
EX_OK = 0


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object for an open file descriptor."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import builtins
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)


def fspath(path):
    """The str or bytes behind a path-like object."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, "__fspath__"):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError(f"expected {path_type.__name__}.__fspath__() to return str or bytes, "
                    f"not {type(path_repr).__name__}")


class PathLike(_abc.ABC):
    """The abstract base of objects with a file-system path: any class
    with `__fspath__` counts as a subclass."""

    __class_getitem__ = classmethod(_GenericAlias)

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if "__fspath__" in klass.__dict__:
                    return klass.__dict__["__fspath__"] is not None or NotImplemented
            return NotImplemented
        return NotImplemented


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


class stat_result(tuple):
    """The result of stat(): a 10-tuple with more fields as attributes."""

    n_sequence_fields = 10
    n_fields = 19
    _FIELDS = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
               "st_atime", "st_mtime", "st_ctime")

    def __new__(cls, raw):
        raw = tuple(raw)
        self = super().__new__(cls, raw[:7] + (int(raw[7]), int(raw[8]), int(raw[9])))
        self._raw = raw
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._raw[7])
    st_mtime = property(lambda self: self._raw[8])
    st_ctime = property(lambda self: self._raw[9])
    st_atime_ns = property(lambda self: self._raw[10])
    st_mtime_ns = property(lambda self: self._raw[11])
    st_ctime_ns = property(lambda self: self._raw[12])
    st_blksize = property(lambda self: self._raw[13])
    st_blocks = property(lambda self: self._raw[14])
    st_rdev = property(lambda self: self._raw[15])

    def __repr__(self):
        fields = ", ".join(f"{n}={v!r}" for n, v in zip(self._FIELDS, self))
        return f"os.stat_result({fields})"

    def __reduce__(self):
        return (stat_result, (self._raw,))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if dir_fd is not None:
        raise NotImplementedError("os.stat(dir_fd=...) is not supported by ferropy yet")
    if isinstance(path, int):
        return stat_result(_posix.fstat(path))
    return stat_result(_posix.stat(path, follow_symlinks=follow_symlinks))


# Which functions take a descriptor for a path, dir_fd, follow_symlinks
# or effective_ids (ferropy supports no dir_fd or effective_ids yet).
supports_fd = {stat, truncate, chown}
supports_dir_fd = set()
supports_follow_symlinks = {stat, chown}
supports_effective_ids = set()


def fstat(fd):
    return stat_result(_posix.fstat(fd))


def lstat(path, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError("os.lstat(dir_fd=...) is not supported by ferropy yet")
    return stat_result(_posix.lstat(path))


class _Environ:
    """os.environ and os.environb: str -> str and bytes -> bytes views of
    one store of the process environment's bytes, writing through to the
    process (so child processes see changes)."""

    def __init__(self, data, kind):
        self._data = data
        self._kind = kind
        if kind is str:
            self._encode, self._decode = fsencode, fsdecode
        else:
            self._encode = self._decode = lambda value: value

    def _check(self, value):
        if not isinstance(value, self._kind):
            raise TypeError(f"{self._kind.__name__} expected, not {type(value).__name__}")
        return self._encode(value)

    def __getitem__(self, key):
        try:
            return self._decode(self._data[self._check(key)])
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        key, value = self._check(key), self._check(value)
        _posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encoded = self._check(key)
        _posix.unsetenv(encoded)
        try:
            del self._data[encoded]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter([self._decode(key) for key in self._data])

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return isinstance(key, self._kind) and self._encode(key) in self._data

    def __repr__(self):
        items = ", ".join(f"{self._decode(k)!r}: {self._decode(v)!r}" for k, v in self._data.items())
        return f"environ({{{items}}})"

    def __eq__(self, other):
        if isinstance(other, (_Environ, dict)):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    def __or__(self, other):
        new = dict(self.items())
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def keys(self):
        return [self._decode(key) for key in self._data]

    def values(self):
        return [self._decode(value) for value in self._data.values()]

    def items(self):
        return [(self._decode(k), self._decode(v)) for k, v in self._data.items()]

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def copy(self):
        return dict(self.items())

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        key = next(iter(self))
        return key, self.pop(key)

    def update(self, other=(), **kwargs):
        pairs = other.items() if hasattr(other, "items") else other
        for key, value in pairs:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        for key in list(self):
            del self[key]


environ = _Environ(dict(_posix.environ), str)
environb = _Environ(environ._data, bytes)
supports_bytes_environ = True


def getenvb(key, default=None):
    return environb.get(key, default)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _posix.putenv(key, value)


def unsetenv(key):
    _posix.unsetenv(key)


def get_exec_path(env=None):
    if env is None:
        env = environ
    path_list = env.get("PATH", defpath)
    return path_list.split(pathsep)


import posixpath as path  # noqa: E402  (needs the names above)


def execl(file, *args):
    """Replaces the process with `file` run with `args`."""
    execv(file, args)


def execle(file, *args):
    """execl with an environment mapping as the last argument."""
    execve(file, args[:-1], args[-1])


def execlp(file, *args):
    """execl, looking `file` up on PATH."""
    execvp(file, args)


def execlpe(file, *args):
    """execle, looking `file` up on PATH."""
    execvpe(file, args[:-1], args[-1])


def execvp(file, args):
    """execv, looking `file` up on PATH."""
    _execvpe(file, args)


def execvpe(file, args, env):
    """execve, looking `file` up on the PATH of `env`."""
    _execvpe(file, args, env)


def _execvpe(file, args, env=None):
    if env is not None:
        exec_func, argrest = execve, (args, env)
    else:
        exec_func, argrest = execv, (args,)
        env = environ
    if path.dirname(file):
        exec_func(file, *argrest)
        return
    # A missing file or directory moves on to the next entry; any other
    # failure (EACCES, ENOEXEC ...) is what is raised if nothing runs.
    first_other_error = last_error = None
    for directory in get_exec_path(env):
        directory = fsdecode(directory) if isinstance(file, str) else fsencode(directory)
        try:
            exec_func(path.join(directory, file), *argrest)
        except (FileNotFoundError, NotADirectoryError) as e:
            last_error = e
        except OSError as e:
            last_error = e
            if first_other_error is None:
                first_other_error = e
    if first_other_error is not None:
        raise first_other_error
    if last_error is not None:
        raise last_error
    raise FileNotFoundError(2, "No such file or directory", file)

sys.modules["os.path"] = path


def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir -p: makes the missing parents too."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, "ASCII")
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of scandir(): a name in a directory, with cached stat."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def is_dir(self, *, follow_symlinks=True):
        try:
            return path.stat_module.S_ISDIR(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except OSError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return path.stat_module.S_ISREG(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except OSError:
            return False

    def is_symlink(self):
        try:
            return path.stat_module.S_ISLNK(self.stat(follow_symlinks=False).st_mode)
        except OSError:
            return False

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


path.stat_module = __import__("stat")


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._it = iter(())


def scandir(path_arg="."):
    directory = fspath(path_arg)
    return _ScandirIterator([DirEntry(directory, n) for n in listdir(directory)])


def walk(top, topdown=True, onerror=None, followlinks=False):
    """(dirpath, dirnames, filenames) for top and every directory below."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs, nondirs, walk_dirs = [], [], []
    for entry in entries:
        is_dir = entry.is_dir()
        (dirs if is_dir else nondirs).append(entry.name)
        if not topdown and is_dir:
            if followlinks or not entry.is_symlink():
                walk_dirs.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


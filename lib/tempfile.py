"""Temporary files and directories: mkstemp/mkdtemp/mktemp,
NamedTemporaryFile, TemporaryFile, TemporaryDirectory, SpooledTemporaryFile
(in memory until closed), gettempdir.

Files are created exclusively (open mode 'x'), under names of eight random
characters, in the first usable directory of TMPDIR, TEMP, TMP, /tmp,
/var/tmp, /usr/tmp and the current directory."""

import io
import os
import shutil
import weakref
from random import Random
from types import GenericAlias as _GenericAlias

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory", "mkstemp",
           "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir", "gettempprefixb",
           "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None
_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"


class _RandomNameSequence:
    """An endless iterator of eight-character random names; a forked
    child draws from a generator of its own, so it does not repeat the
    parent's names."""

    characters = _CHARACTERS

    @property
    def rng(self):
        pid = os.getpid()
        if pid != getattr(self, "_rng_pid", None):
            self._rng = Random()
            self._rng_pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return "".join(self.rng.choices(self.characters, k=8))


_name_sequence = None


def _names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_dirs():
    for name in ("TMPDIR", "TEMP", "TMP"):
        value = os.environ.get(name)
        if value:
            yield value
    yield from ("/tmp", "/var/tmp", "/usr/tmp")
    try:
        yield os.getcwd()
    except OSError:
        yield os.curdir


def _get_default_tempdir():
    names = _names()
    for directory in _candidate_dirs():
        if directory != os.curdir:
            directory = os.path.abspath(directory)
        for _ in range(100):
            filename = os.path.join(directory, next(names))
            try:
                with open(filename, "xb") as f:
                    f.write(b"blat")
                os.unlink(filename)
                return directory
            except FileExistsError:
                continue
            except OSError:
                break
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % list(_candidate_dirs()))


def gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdirb():
    return os.fsencode(gettempdir())


def gettempprefix():
    return template


def gettempprefixb():
    return os.fsencode(template)


def _sanitize(prefix, suffix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, os.fspath(dir)


# The flags a new temporary file is opened with (os.open adds O_CLOEXEC).
_text_openflags = os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW
_bin_openflags = _text_openflags


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """(fd, path) of a new file only this user can read and write: an
    OS-level descriptor open for reading and writing, and the absolute
    path. The caller closes the descriptor and removes the file."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    names = _names()
    flags = _text_openflags if text else _bin_openflags
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + next(names) + suffix)
        try:
            fd = os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """The path of a new directory only this user can use."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    names = _names()
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + next(names) + suffix)
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name for a file that does not exist yet (unsafe: prefer the
    functions that create the file)."""
    if dir is None:
        dir = gettempdir()
    names = _names()
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + next(names) + suffix)
        if not os.path.lexists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


def _create(mode, suffix, prefix, dir, encoding, newline, errors):
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    names = _names()
    create = mode.replace("w", "x").replace("+", "") + ("+" if "+" in mode else "")
    if "x" not in create:
        create = "x" + create.replace("r", "").replace("a", "")
    for _ in range(TMP_MAX):
        path = os.path.abspath(os.path.join(dir, prefix + next(names) + suffix))
        try:
            if "b" in create:
                f = open(path, create)
            else:
                f = open(path, create, encoding=encoding or "utf-8", newline=newline, errors=errors)
        except FileExistsError:
            continue
        try:
            os.chmod(path, 0o600)
        except OSError:
            pass
        return f, path
    raise FileExistsError(17, "No usable temporary file name found")


class _TemporaryFileWrapper:
    """A file that is deleted when closed (with delete=True)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __iter__(self):
        return iter(self.file)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    file, name = _create(mode, suffix, prefix, dir, encoding, newline, errors)
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                  *, errors=None):
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True, errors=errors)


class SpooledTemporaryFile(io.IOBase):
    """A temporary file kept in memory (ferropy never rolls it to disk)."""

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                 prefix=None, dir=None, *, errors=None):
        self._file = io.BytesIO() if "b" in mode else io.StringIO(newline="\n")
        self._rolled = False
        self.mode = mode

    def __getattr__(self, name):
        return getattr(self.__dict__["_file"], name)

    def rollover(self):
        pass

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    def __iter__(self):
        return iter(self._file)


class TemporaryDirectory:
    """A directory removed (with everything in it) on cleanup() or at the
    end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = weakref.finalize(self, self._cleanup, self.name,
                                           warn_message="Implicitly cleaning up {!r}".format(self),
                                           ignore_errors=self._ignore_cleanup_errors)

    @classmethod
    def _cleanup(cls, name, warn_message, ignore_errors=False):
        shutil.rmtree(name, ignore_errors=ignore_errors)
        import warnings
        warnings.warn(warn_message, ResourceWarning)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() or os.path.exists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_GenericAlias)

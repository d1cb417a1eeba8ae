"""Object-oriented filesystem paths (POSIX): PurePath/PurePosixPath for
path arithmetic, Path/PosixPath for the filesystem."""

import fnmatch
import io
import os
import posixpath
from types import GenericAlias as _GenericAlias

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


def _parse(parts):
    """(root, [names]) of joined path segments: later absolute segments
    restart the path; '.' and empty names go; exactly two leading
    slashes are kept, as POSIX allows."""
    root = ""
    names = []
    for part in parts:
        if isinstance(part, PurePath):
            part_root, part_names = part._root, part._names
        else:
            if isinstance(part, str):
                text = part
            else:
                text = os.fspath(part)
                if not isinstance(text, str):
                    raise TypeError("argument should be a str or an os.PathLike object where __fspath__ "
                                    "returns a str, not %r" % type(text).__name__)
            part_root = ""
            if text.startswith("/"):
                part_root = "//" if text.startswith("//") and not text.startswith("///") else "/"
            part_names = [n for n in text.split("/") if n and n != "."]
        if part_root:
            root, names = part_root, list(part_names)
        else:
            names.extend(part_names)
    return root, names


class PurePath:
    """A path, computed with and compared without touching the
    filesystem."""

    __slots__ = ("_root", "_names", "_str", "_hash")
    _flavour = posixpath

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._root, self._names = _parse(args)
        self._str = None
        self._hash = None
        return self

    @classmethod
    def _from_parsed(cls, root, names):
        self = object.__new__(cls)
        self._root, self._names = root, list(names)
        self._str = None
        self._hash = None
        return self

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            text = self._root + "/".join(self._names)
            self._str = text or "."
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return "file://" + quote_from_bytes(os.fsencode(str(self)))

    def _key(self):
        return (self._root, self._names)

    def __eq__(self, other):
        if not isinstance(other, PurePath) or not isinstance(other, type(self)._pure_base()):
            return NotImplemented
        return self._key() == other._key()

    @classmethod
    def _pure_base(cls):
        return PurePosixPath

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def _compare(self, other):
        if not isinstance(other, PurePath) or not isinstance(other, type(self)._pure_base()):
            return NotImplemented
        return self.parts, other.parts

    def __lt__(self, other):
        pair = self._compare(other)
        return pair if pair is NotImplemented else pair[0] < pair[1]

    def __le__(self, other):
        pair = self._compare(other)
        return pair if pair is NotImplemented else pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._compare(other)
        return pair if pair is NotImplemented else pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._compare(other)
        return pair if pair is NotImplemented else pair[0] >= pair[1]

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._names)

    @property
    def name(self):
        return self._names[-1] if self._names else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + suffix for suffix in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, names = _parse([name])
        if not name or root or len(names) != 1 or name.endswith("/") or names[0] != name:
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name[:len(name) - len(old)] + suffix if old else name + suffix
        return self._from_parsed(self._root, self._names[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base_root, base_names = _parse(other)
        n = len(base_names)
        if base_root != self._root or self._names[:n] != base_names:
            formatted = str(self._from_parsed(base_root, base_names))
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and the other is "
                             "absolute.".format(str(self), formatted))
        return self._from_parsed("", self._names[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parent(self):
        if not self._names:
            return self
        return self._from_parsed(self._root, self._names[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return self._from_parts((self,) + args)

    def __truediv__(self, key):
        try:
            return self._from_parts((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts((key, self))
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        root, pattern = _parse([path_pattern])
        if not pattern:
            raise ValueError("empty pattern")
        if root:
            if root != self._root or len(pattern) != len(self._names):
                return False
        elif len(pattern) > len(self._names):
            return False
        for name, pat in zip(reversed(self._names), reversed(pattern)):
            if not fnmatch.fnmatchcase(name, pat):
                return False
        return True

    __class_getitem__ = classmethod(_GenericAlias)


class _Parents:
    """The ancestors of a path, nearest first (a sequence)."""

    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._names)

    def __getitem__(self, idx):
        n = len(self)
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(n)))
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._path._from_parsed(self._path._root, self._path._names[:n - idx - 1])

    def __iter__(self):
        return (self[i] for i in range(len(self)))

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePosixPath(PurePath):
    __slots__ = ()


class PureWindowsPath(PurePath):
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("pathlib.PureWindowsPath is not supported by ferropy yet")


class Path(PurePath):
    """A path on the filesystem: queries and changes it."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    @classmethod
    def _pure_base(cls):
        return PurePosixPath

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd(), self])

    def resolve(self, strict=False):
        text = os.path.realpath(str(self))
        if strict:
            os.stat(text)
        return self.__class__(text)

    def stat(self, *, follow_symlinks=True):
        return os.stat(self) if follow_symlinks else os.lstat(self)

    def lstat(self):
        return os.lstat(self)

    def exists(self):
        try:
            self.stat()
        except (OSError, ValueError):
            return False
        return True

    def is_dir(self):
        try:
            import stat
            return stat.S_ISDIR(self.stat().st_mode)
        except (OSError, ValueError):
            return False

    def is_file(self):
        try:
            import stat
            return stat.S_ISREG(self.stat().st_mode)
        except (OSError, ValueError):
            return False

    def is_symlink(self):
        try:
            import stat
            return stat.S_ISLNK(self.lstat().st_mode)
        except (OSError, ValueError):
            return False

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        st = self.stat()
        other = other_path.stat() if isinstance(other_path, Path) else os.stat(other_path)
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev

    def iterdir(self):
        for name in os.listdir(self):
            yield self._from_parsed(self._root, self._names + [name])

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, names = _parse([pattern])
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        yield from self._select(self, names)

    def rglob(self, pattern):
        root, names = _parse([pattern])
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        yield from self._select(self, ["**"] + names)

    def _select(self, base, names):
        if not names:
            yield base
            return
        head, rest = names[0], names[1:]
        if head == "**":
            seen = set()
            for directory in self._walk_dirs(base):
                for found in self._select(directory, rest):
                    if found not in seen:
                        seen.add(found)
                        yield found
            return
        if not any(c in head for c in "*?["):
            candidate = base / head
            if rest:
                if candidate.is_dir():
                    yield from self._select(candidate, rest)
            elif candidate.exists() or os.path.lexists(candidate):
                yield candidate
            return
        try:
            entries = os.listdir(base)
        except OSError:
            return
        for name in entries:
            if name.startswith(".") and not head.startswith("."):
                continue
            if fnmatch.fnmatchcase(name, head):
                child = base / name
                if rest:
                    if child.is_dir():
                        yield from self._select(child, rest)
                else:
                    yield child

    def _walk_dirs(self, base):
        yield base
        try:
            entries = os.listdir(base)
        except OSError:
            return
        for name in entries:
            if name.startswith("."):
                continue
            child = base / name
            if child.is_dir() and not child.is_symlink():
                yield from self._walk_dirs(child)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        if "b" not in mode:
            encoding = encoding or "utf-8"
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = bytes(data)
        with self.open(mode="wb") as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return self.__class__(os.readlink(self))

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            if hasattr(os, "utime"):
                os.utime(self, None)
            return
        with open(self, "a"):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def expanduser(self):
        if self._names and self._names[0].startswith("~") and not self._root:
            home = os.path.expanduser(self._names[0])
            if home.startswith("~"):
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([home] + self._names[1:])
        return self

    def owner(self):
        raise NotImplementedError("Path.owner is not supported by ferropy yet")

    def group(self):
        raise NotImplementedError("Path.group is not supported by ferropy yet")


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))

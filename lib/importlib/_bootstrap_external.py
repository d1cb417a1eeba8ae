"""The import system's file side: PathFinder on sys.meta_path searches the
entries of sys.path (or a package's __path__); each entry gets a finder
from the first of sys.path_hooks that accepts it, kept in
sys.path_importer_cache. FileFinder finds packages (`name/__init__.py`),
modules (`name.py`) and namespace packages (a bare directory) in a
directory; EmbeddedFinder does the same for the `<ferropy-lib>` entry,
ferropy's own library compiled into the binary. SourceFileLoader runs
source files. ferropy reads no bytecode caches and loads no C extensions.

Loaded by the runtime at start as `_frozen_importlib_external`, after
_bootstrap; built-in modules only.
"""

import _imp
import _ferropy
import posix as _os
import sys

_bootstrap = None

path_sep = "/"
path_separators = "/"

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
DEBUG_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
# ferropy cannot load C extension modules, so it looks for none.
EXTENSION_SUFFIXES = []
# The first bytes of this build's .pyc files: they change with the
# compiler, so a cache another ferropy build wrote is recompiled.
MAGIC_NUMBER = _ferropy.code_magic
_PYCACHE = "__pycache__"
_OPT = "opt-"

EMBEDDED_PATH = "<ferropy-lib>"


def _fspath(path):
    if isinstance(path, str):
        return path
    if isinstance(path, bytes):
        return path.decode()
    try:
        return type(path).__fspath__(path)
    except AttributeError:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(path).__name__}") from None


def _path_join(*path_parts):
    """Join path parts with `/`, as posixpath.join but simpler."""
    parts = [p for p in path_parts if p]
    if not parts:
        return ""
    result = parts[0]
    for part in parts[1:]:
        if part.startswith("/"):
            result = part
        elif result.endswith("/"):
            result += part
        else:
            result += "/" + part
    return result


def _path_split(path):
    """The directory and the last component of a path."""
    head, _, tail = path.rpartition("/")
    return head, tail


class _Stat:
    """The fields of posix.stat's tuple that finding modules needs."""

    __slots__ = ("st_mode", "st_size", "st_mtime")

    def __init__(self, raw):
        self.st_mode = raw[0]
        self.st_size = raw[6]
        self.st_mtime = raw[8]


def _path_stat(path):
    return _Stat(_os.stat(path))


def _path_is_mode_type(path, mode):
    try:
        stat_info = _path_stat(path)
    except OSError:
        return False
    return (stat_info.st_mode & 0o170000) == mode


def _path_isfile(path):
    return _path_is_mode_type(path, 0o100000)


def _path_isdir(path):
    if not path:
        path = _os.getcwd()
    return _path_is_mode_type(path, 0o040000)


def _path_isabs(path):
    return path.startswith("/")


def _path_abspath(path):
    if not _path_isabs(path):
        path = _path_join(_os.getcwd(), path)
    return path


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The path of the bytecode cache a source file would have (PEP 3147):
    `__pycache__/NAME.ferropy-311.pyc` beside it. Raises
    NotImplementedError when sys.implementation.cache_tag is None."""
    if sys.implementation.cache_tag is None:
        raise NotImplementedError("sys.implementation.cache_tag is None")
    head, tail = _path_split(path)
    base, sep, rest = tail.rpartition(".")
    almost_filename = "".join([(base if base else rest), sep, sys.implementation.cache_tag])
    if optimization is None:
        optimization = "" if sys.flags.optimize == 0 else sys.flags.optimize
    optimization = str(optimization)
    if optimization:
        almost_filename = f"{almost_filename}.{_OPT}{optimization}"
    return _path_join(head, _PYCACHE, almost_filename + BYTECODE_SUFFIXES[0])


def source_from_cache(path):
    """The source file a PEP 3147 bytecode path was compiled from."""
    if sys.implementation.cache_tag is None:
        raise NotImplementedError("sys.implementation.cache_tag is None")
    head, pycache_filename = _path_split(path)
    head, pycache = _path_split(head)
    if pycache != _PYCACHE:
        raise ValueError(f"{_PYCACHE} not bottom-level directory in {path!r}")
    dot_count = pycache_filename.count(".")
    if dot_count not in {2, 3}:
        raise ValueError(f"expected only 2 or 3 dots in {pycache_filename!r}")
    base_filename = pycache_filename.partition(".")[0]
    return _path_join(head, base_filename + SOURCE_SUFFIXES[0])


def _get_cached(filename):
    if filename.endswith(tuple(SOURCE_SUFFIXES)):
        try:
            return cache_from_source(filename)
        except NotImplementedError:
            pass
    elif filename.endswith(tuple(BYTECODE_SUFFIXES)):
        return filename
    return None


def decode_source(source_bytes):
    """Decode source bytes as the compiler would: by its coding cookie or
    BOM, UTF-8 otherwise, universal newlines."""
    return _ferropy.decode_source(source_bytes)


def _check_name(method):
    """Refuse a name other than the one the loader was made for."""

    def _check_name_wrapper(self, name=None, *args, **kwargs):
        if name is None:
            name = self.name
        elif self.name != name:
            raise ImportError(f"loader for {self.name} cannot handle {name}", name=name)
        return method(self, name, *args, **kwargs)

    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        setattr(_check_name_wrapper, attr, getattr(method, attr))
    return _check_name_wrapper


# spec_from_file_location's default: work out whether it is a package.
_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=_POPULATE):
    """A spec for a module at a file location: the loader is the one a
    FileFinder would choose for the file's suffix, unless given."""
    if location is None:
        location = "<unknown>"
        if hasattr(loader, "get_filename"):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = _fspath(location)
        try:
            location = _path_abspath(location)
        except OSError:
            pass
    spec = _bootstrap.ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        for loader_class, suffixes in _get_supported_file_loaders():
            if location.endswith(tuple(suffixes)):
                loader = loader_class(name, location)
                spec.loader = loader
                break
        else:
            return None
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, "is_package"):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            dirname = _path_split(location)[0]
            spec.submodule_search_locations.append(dirname)
    return spec




class _LoaderBasics:
    """What source loaders share: packages are `__init__` files, and a
    module is run by executing its code object in the module's namespace."""

    def is_package(self, fullname):
        filename = _path_split(self.get_filename(fullname))[1]
        filename_base = filename.rsplit(".", 1)[0]
        tail_name = fullname.rpartition(".")[2]
        return filename_base == "__init__" and tail_name != "__init__"

    def create_module(self, spec):
        """Use the default module creation."""

    def exec_module(self, module):
        """Run the module's code in its namespace."""
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f"cannot load module {module.__name__!r} when get_code() returns None")
        _bootstrap._call_with_frames_removed(exec, code, module.__dict__)

    def load_module(self, fullname):
        """The old loading API (deprecated)."""
        return _bootstrap._load_module_shim(self, fullname)


_RAW_MAGIC_NUMBER = int.from_bytes(MAGIC_NUMBER, "little")
# The key of source hashes in hash-based .pyc files: CPython 3.11's magic,
# so importlib.util.source_hash gives CPython's values (a cache from
# another build is already refused by MAGIC_NUMBER).
_SOURCE_HASH_KEY = int.from_bytes((3495).to_bytes(2, "little") + b"\r\n", "little")


def _write_atomic(path, data, mode=0o666):
    """Write `data` to `path` through a temporary file in the same
    directory and a rename, so a concurrent import never reads half a
    file."""
    temp = f"{path}.{_os.getpid()}.{id(path)}"
    fd = _os.open(temp, _os.O_EXCL | _os.O_CREAT | _os.O_WRONLY, mode & 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[_os.write(fd, view):]
        _os.close(fd)
        fd = None
        _os.replace(temp, path)
    except OSError:
        if fd is not None:
            _os.close(fd)
        try:
            _os.unlink(temp)
        except OSError:
            pass
        raise


def _calc_mode(path):
    """The permissions for a cache of the source at `path`: the source's,
    and always writable by the owner (so it can be replaced)."""
    try:
        mode = _path_stat(path).st_mode
    except OSError:
        mode = 0o666
    return mode | 0o200


def _pack_uint32(x):
    return (int(x) & 0xFFFFFFFF).to_bytes(4, "little")


def _unpack_uint32(data):
    return int.from_bytes(data, "little")


def _classify_pyc(data, name, exc_details):
    """Check a .pyc's magic and flags; return the flags. ImportError for
    a cache this build cannot use, EOFError for a truncated one."""
    magic = data[:4]
    if magic != MAGIC_NUMBER:
        message = f"bad magic number in {name!r}: {magic!r}"
        _bootstrap._verbose_message("{}", message)
        raise ImportError(message, **exc_details)
    if len(data) < 16:
        message = f"reached EOF while reading pyc header of {name!r}"
        _bootstrap._verbose_message("{}", message)
        raise EOFError(message)
    flags = _unpack_uint32(data[4:8])
    if flags & ~0b11:
        message = f"invalid flags {flags!r} in {name!r}"
        raise ImportError(message, **exc_details)
    return flags


def _validate_timestamp_pyc(data, source_mtime, source_size, name, exc_details):
    """A timestamp-based .pyc is current when it records the source's
    mtime (seconds, 32 bits) and size."""
    if _unpack_uint32(data[8:12]) != (int(source_mtime) & 0xFFFFFFFF):
        message = f"bytecode is stale for {name!r}"
        _bootstrap._verbose_message("{}", message)
        raise ImportError(message, **exc_details)
    if source_size is not None and _unpack_uint32(data[12:16]) != (source_size & 0xFFFFFFFF):
        raise ImportError(f"bytecode is stale for {name!r}", **exc_details)


def _validate_hash_pyc(data, source_hash, name, exc_details):
    """A hash-based .pyc is current when it records the source's hash."""
    if data[8:16] != source_hash:
        raise ImportError(f"hash in bytecode doesn't match hash of source {name!r}", **exc_details)


def _code_from_marshal(data):
    # marshal's layout for ferropy code: b"c", a length, the code's bytes.
    if len(data) < 5 or data[0:1] != b"c":
        raise ValueError("bad marshal data (not a code object)")
    length = _unpack_uint32(data[1:5])
    if len(data) != 5 + length:
        raise ValueError("bad marshal data (truncated code object)")
    return _ferropy.code_from_bytes(bytes(data[5:]))


def _code_to_marshal(code):
    data = _ferropy.code_to_bytes(code)
    return b"c" + _pack_uint32(len(data)) + data


def _compile_bytecode(data, name=None, bytecode_path=None, source_path=None):
    """The code object in a .pyc's body (the bytes after its header)."""
    try:
        code = _code_from_marshal(data)
    except ValueError as err:
        raise ImportError(f"Non-code object in {bytecode_path!r} ({err})", name=name,
                          path=bytecode_path) from None
    _bootstrap._verbose_message("code object from {!r}", bytecode_path)
    return code


def _code_to_timestamp_pyc(code, mtime=0, source_size=0):
    """A .pyc's bytes, validated by the source's mtime and size."""
    return MAGIC_NUMBER + _pack_uint32(0) + _pack_uint32(mtime) + _pack_uint32(source_size) + _code_to_marshal(code)


def _code_to_hash_pyc(code, source_hash, checked=True):
    """A .pyc's bytes, validated by the source's hash (PEP 552)."""
    flags = 0b1 | (checked << 1)
    return MAGIC_NUMBER + _pack_uint32(flags) + bytes(source_hash) + _code_to_marshal(code)


class SourceLoader(_LoaderBasics):
    """A loader that gets its code by compiling source from get_data(),
    through a bytecode cache when path_stats and set_data allow one."""

    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {"mtime": self.path_mtime(path)}

    def _cache_bytecode(self, source_path, cache_path, data):
        return self.set_data(cache_path, data)

    def set_data(self, path, data):
        """Where a subclass writes bytecode caches (here: nowhere)."""

    def get_source(self, fullname):
        """The module's source as text."""
        path = self.get_filename(fullname)
        try:
            source_bytes = self.get_data(path)
        except OSError as exc:
            raise ImportError("source not available through get_data()", name=fullname) from exc
        return decode_source(source_bytes)

    def source_to_code(self, data, path, *, _optimize=-1):
        """Compile source (bytes or text) to a module's code object."""
        return _bootstrap._call_with_frames_removed(compile, data, path, "exec", dont_inherit=True, optimize=_optimize)

    def _cached_code(self, fullname, source_path, bytecode_path, stats):
        """The code in a current cache, else None (with the source bytes
        when reading them was needed to check a hash-based cache)."""
        try:
            data = self.get_data(bytecode_path)
        except OSError:
            return None, None
        exc_details = {"name": fullname, "path": bytecode_path}
        source_bytes = None
        try:
            flags = _classify_pyc(data, fullname, exc_details)
            if flags & 0b1:
                check_source = flags & 0b10
                if _imp.check_hash_based_pycs != "never" and (check_source or
                                                              _imp.check_hash_based_pycs == "always"):
                    source_bytes = self.get_data(source_path)
                    source_hash = _imp.source_hash(_SOURCE_HASH_KEY, source_bytes)
                    _validate_hash_pyc(data, source_hash, fullname, exc_details)
            else:
                _validate_timestamp_pyc(data, stats["mtime"], stats.get("size"), fullname, exc_details)
            code = _compile_bytecode(memoryview(data)[16:].tobytes(), fullname, bytecode_path, source_path)
        except (ImportError, EOFError):
            return None, source_bytes
        # A cache made where the source lay before a move names the old
        # file in tracebacks: compile again instead.
        if code.co_filename != source_path:
            return None, source_bytes
        return code, source_bytes

    def get_code(self, fullname):
        """The module's code object: from its bytecode cache when that is
        current, else compiled from source (and the cache written unless
        sys.dont_write_bytecode)."""
        source_path = self.get_filename(fullname)
        source_mtime = None
        source_bytes = None
        try:
            bytecode_path = cache_from_source(source_path)
        except NotImplementedError:
            bytecode_path = None
        else:
            try:
                stats = self.path_stats(source_path)
            except OSError:
                pass
            else:
                source_mtime = int(stats["mtime"])
                code, source_bytes = self._cached_code(fullname, source_path, bytecode_path, stats)
                if code is not None:
                    return code
        if source_bytes is None:
            source_bytes = self.get_data(source_path)
        code = self.source_to_code(source_bytes, source_path)
        _bootstrap._verbose_message("code object from {}", source_path)
        if not sys.dont_write_bytecode and bytecode_path is not None and source_mtime is not None:
            data = _code_to_timestamp_pyc(code, source_mtime, len(source_bytes))
            try:
                self._cache_bytecode(source_path, bytecode_path, data)
            except NotImplementedError:
                pass
        return code


class FileLoader:
    """A loader for a module in a file: get_data reads bytes from disk."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    @_check_name
    def load_module(self, fullname):
        return super(FileLoader, self).load_module(fullname)

    @_check_name
    def get_filename(self, fullname):
        """The path of the module's file."""
        return self.path

    def get_data(self, path):
        """The bytes of a file."""
        with open(path, "rb") as file:
            return file.read()

    @_check_name
    def get_resource_reader(self, module):
        from importlib.readers import FileReader

        return FileReader(self)


class SourceFileLoader(FileLoader, SourceLoader):
    """Loads a module from a source file."""

    def path_stats(self, path):
        st = _path_stat(path)
        return {"mtime": st.st_mtime, "size": st.st_size}

    def _cache_bytecode(self, source_path, bytecode_path, data):
        return self.set_data(bytecode_path, data, _mode=_calc_mode(source_path))

    def set_data(self, path, data, *, _mode=0o666):
        """Write a file, making its directory (__pycache__) if needed; a
        directory or file that cannot be written is skipped quietly, as
        a cache is only an optimisation."""
        parent, filename = _path_split(path)
        missing = []
        while parent and not _path_isdir(parent):
            parent, part = _path_split(parent)
            missing.append(part)
        for part in reversed(missing):
            parent = _path_join(parent, part)
            try:
                _os.mkdir(parent)
            except FileExistsError:
                continue
            except OSError as exc:
                _bootstrap._verbose_message("could not create {!r}: {!r}", parent, exc)
                return
        try:
            _write_atomic(path, data, _mode)
            _bootstrap._verbose_message("created {!r}", path)
        except OSError as exc:
            _bootstrap._verbose_message("could not create {!r}: {!r}", path, exc)


class SourcelessFileLoader(FileLoader, _LoaderBasics):
    """Loads a module from a .pyc alone (no source beside it); only
    ferropy's own .pyc files of this build can be run."""

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        data = self.get_data(path)
        exc_details = {"name": fullname, "path": path}
        _classify_pyc(data, fullname, exc_details)
        return _compile_bytecode(memoryview(data)[16:].tobytes(), name=fullname, bytecode_path=path)

    def get_source(self, fullname):
        return None


class ExtensionFileLoader(FileLoader, _LoaderBasics):
    """Would load a C extension module; ferropy cannot, and says so."""

    def __init__(self, name, path):
        self.name = name
        self.path = path

    def create_module(self, spec):
        return _imp.create_dynamic(spec)

    def exec_module(self, module):
        pass

    def is_package(self, fullname):
        file_name = _path_split(self.path)[1]
        return any(file_name == "__init__" + suffix for suffix in EXTENSION_SUFFIXES)

    def get_code(self, fullname):
        return None

    def get_source(self, fullname):
        return None

    @_check_name
    def get_filename(self, fullname):
        return self.path


class _NamespacePath:
    """The __path__ of a namespace package: its portions in every entry
    of the parent's path, recomputed when the parent's path changes."""

    _epoch = 0

    def __init__(self, name, path, path_finder):
        self._name = name
        self._path = path
        self._last_parent_path = tuple(self._get_parent_path())
        self._last_epoch = self._epoch
        self._path_finder = path_finder

    def _find_parent_path_names(self):
        parent, dot, me = self._name.rpartition(".")
        if dot == "":
            return "sys", "path"
        return parent, "__path__"

    def _get_parent_path(self):
        parent_module_name, path_attr_name = self._find_parent_path_names()
        return getattr(sys.modules[parent_module_name], path_attr_name)

    def _recalculate(self):
        parent_path = tuple(self._get_parent_path())
        if parent_path != self._last_parent_path or self._epoch != self._last_epoch:
            spec = self._path_finder(self._name, parent_path)
            if spec is not None and spec.loader is None:
                if spec.submodule_search_locations:
                    self._path = spec.submodule_search_locations
            self._last_parent_path = parent_path
            self._last_epoch = self._epoch
        return self._path

    def __iter__(self):
        return iter(self._recalculate())

    def __getitem__(self, index):
        return self._recalculate()[index]

    def __setitem__(self, index, path):
        self._path[index] = path

    def __len__(self):
        return len(self._recalculate())

    def __repr__(self):
        return f"_NamespacePath({self._path!r})"

    def __contains__(self, item):
        return item in self._recalculate()

    def append(self, item):
        self._path.append(item)


class NamespaceLoader:
    """The loader of namespace packages: there is no code to run."""

    def __init__(self, name, path, path_finder):
        self._path = _NamespacePath(name, path, path_finder)

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ""

    def get_code(self, fullname):
        return compile("", "<string>", "exec", dont_inherit=True)

    def create_module(self, spec):
        """Use the default module creation."""

    def exec_module(self, module):
        pass

    def load_module(self, fullname):
        return _bootstrap._load_module_shim(self, fullname)

    def get_resource_reader(self, module):
        from importlib.readers import NamespaceReader

        return NamespaceReader(self._path)


_NamespaceLoader = NamespaceLoader


class PathFinder:
    """The meta path finder for sys.path and packages' __path__."""

    @staticmethod
    def invalidate_caches():
        """Forget the directory listings the path entry finders keep."""
        for name, finder in list(sys.path_importer_cache.items()):
            if finder is None or not _path_isabs(name) and name != EMBEDDED_PATH:
                del sys.path_importer_cache[name]
            elif hasattr(finder, "invalidate_caches"):
                finder.invalidate_caches()
        _NamespacePath._epoch += 1

    @staticmethod
    def _path_hooks(path):
        """The finder of the first sys.path_hooks entry that accepts path."""
        if sys.path_hooks is not None and not sys.path_hooks:
            _bootstrap._warn("sys.path_hooks is empty", ImportWarning)
        for hook in sys.path_hooks:
            try:
                return hook(path)
            except ImportError:
                continue
        return None

    @classmethod
    def _path_importer_cache(cls, path):
        """The finder for a path entry, from sys.path_importer_cache or
        made by a path hook and remembered there."""
        if path == "":
            try:
                path = _os.getcwd()
            except FileNotFoundError:
                return None
        try:
            finder = sys.path_importer_cache[path]
        except KeyError:
            finder = cls._path_hooks(path)
            sys.path_importer_cache[path] = finder
        return finder

    @classmethod
    def _get_spec(cls, fullname, path, target=None):
        namespace_path = []
        for entry in path:
            if not isinstance(entry, str):
                continue
            finder = cls._path_importer_cache(entry)
            if finder is not None:
                if hasattr(finder, "find_spec"):
                    spec = finder.find_spec(fullname, target)
                else:
                    loader = finder.find_module(fullname)
                    spec = _bootstrap.spec_from_loader(fullname, loader) if loader is not None else None
                if spec is None:
                    continue
                if spec.loader is not None:
                    return spec
                portions = spec.submodule_search_locations
                if portions is None:
                    raise ImportError("spec missing loader")
                namespace_path.extend(portions)
        spec = _bootstrap.ModuleSpec(fullname, None)
        spec.submodule_search_locations = namespace_path
        return spec

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        """The spec of a module found along `path` (sys.path by default)."""
        if path is None:
            path = sys.path
        spec = cls._get_spec(fullname, path, target)
        if spec is None:
            return None
        elif spec.loader is None:
            namespace_path = spec.submodule_search_locations
            if namespace_path:
                spec.origin = None
                spec.submodule_search_locations = _NamespacePath(fullname, namespace_path, cls._get_spec)
                return spec
            return None
        return spec

    @classmethod
    def find_module(cls, fullname, path=None):
        spec = cls.find_spec(fullname, path)
        return spec.loader if spec is not None else None

    @staticmethod
    def find_distributions(*args, **kwargs):
        """The installed distributions (importlib.metadata)."""
        from importlib.metadata import MetadataPathFinder

        return MetadataPathFinder.find_distributions(*args, **kwargs)


class FileFinder:
    """The path entry finder for a directory. It lists the directory once
    and looks names up in the listing, listing again when the directory's
    modification time changes (or after invalidate_caches())."""

    def __init__(self, path, *loader_details):
        loaders = []
        for loader, suffixes in loader_details:
            loaders.extend((suffix, loader) for suffix in suffixes)
        self._loaders = loaders
        if not path or path == ".":
            self.path = _os.getcwd()
        else:
            self.path = _path_abspath(path)
        self._path_mtime = -1
        self._path_cache = set()

    def invalidate_caches(self):
        self._path_mtime = -1

    def find_module(self, fullname):
        spec = self.find_spec(fullname)
        return spec.loader if spec is not None else None

    def _get_spec(self, loader_class, fullname, path, smsl, target):
        loader = loader_class(fullname, path)
        return spec_from_file_location(fullname, path, loader=loader, submodule_search_locations=smsl)

    def find_spec(self, fullname, target=None):
        """The spec of a module in this directory, or None."""
        is_namespace = False
        tail_module = fullname.rpartition(".")[2]
        try:
            mtime = _path_stat(self.path or _os.getcwd()).st_mtime
        except OSError:
            mtime = -1
        if mtime != self._path_mtime:
            self._fill_cache()
            self._path_mtime = mtime
        cache = self._path_cache
        base_path = _path_join(self.path, tail_module)
        if tail_module in cache:
            for suffix, loader_class in self._loaders:
                init_filename = "__init__" + suffix
                full_path = _path_join(base_path, init_filename)
                if _path_isfile(full_path):
                    return self._get_spec(loader_class, fullname, full_path, [base_path], target)
            else:
                is_namespace = _path_isdir(base_path)
        for suffix, loader_class in self._loaders:
            full_path = _path_join(self.path, tail_module + suffix)
            if tail_module + suffix in cache:
                if _path_isfile(full_path):
                    return self._get_spec(loader_class, fullname, full_path, None, target)
        if is_namespace:
            spec = _bootstrap.ModuleSpec(fullname, None)
            spec.submodule_search_locations = [base_path]
            return spec
        return None

    def _fill_cache(self):
        try:
            contents = _os.listdir(self.path or _os.getcwd())
        except (FileNotFoundError, PermissionError, NotADirectoryError):
            contents = []
        self._path_cache = set(contents)

    @classmethod
    def path_hook(cls, *loader_details):
        """A path hook that makes a FileFinder for a directory."""

        def path_hook_for_FileFinder(path):
            if not _path_isdir(path):
                raise ImportError("only directories are supported", path=path)
            return cls(path, *loader_details)

        return path_hook_for_FileFinder

    def __repr__(self):
        return f"FileFinder({self.path!r})"


class EmbeddedLoader(SourceLoader):
    """Loads a module of ferropy's own library from the binary."""

    def __init__(self, fullname, path, source):
        self.name = fullname
        self.path = path
        self._source = source

    def get_filename(self, fullname=None):
        return self.path

    def get_source(self, fullname=None):
        return self._source

    def get_data(self, path):
        if path == self.path:
            return self._source.encode()
        raise OSError(f"ferropy's library has no data file {path!r}")

    def get_code(self, fullname=None):
        # Built into the binary already compiled, unless -O is in force.
        code = _ferropy.embedded_code(self.path)
        if code is None:
            code = self.source_to_code(self._source, self.path)
        return code

    def __repr__(self):
        return f"<EmbeddedLoader {self.name!r}>"


class EmbeddedFinder:
    """The path entry finder for `<ferropy-lib>` (and the __path__ of its
    packages): the modules compiled into the binary."""

    def __init__(self, path):
        self.path = path

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        found = _ferropy.embedded_module(fullname)
        if found is None:
            return None
        source, is_package = found
        relative = fullname.replace(".", "/")
        if is_package:
            filename = f"{EMBEDDED_PATH}/{relative}/__init__.py"
        else:
            filename = f"{EMBEDDED_PATH}/{relative}.py"
        # The finder of a subpackage's directory finds only its children.
        if self.path != EMBEDDED_PATH and not filename.startswith(self.path + "/"):
            return None
        loader = EmbeddedLoader(fullname, filename, source)
        spec = _bootstrap.ModuleSpec(fullname, loader, origin=filename, is_package=is_package)
        spec._set_fileattr = True
        if is_package:
            spec.submodule_search_locations.append(f"{EMBEDDED_PATH}/{relative}")
        return spec

    def find_module(self, fullname):
        spec = self.find_spec(fullname)
        return spec.loader if spec is not None else None

    def __repr__(self):
        return f"EmbeddedFinder({self.path!r})"


def _embedded_path_hook(path):
    if path == EMBEDDED_PATH or path.startswith(EMBEDDED_PATH + "/"):
        return EmbeddedFinder(path)
    raise ImportError("not ferropy's library", path=path)


def _get_supported_file_loaders():
    """(loader, suffixes) pairs, in the order a directory is searched."""
    extensions = ExtensionFileLoader, EXTENSION_SUFFIXES
    source = SourceFileLoader, SOURCE_SUFFIXES
    bytecode = SourcelessFileLoader, BYTECODE_SUFFIXES
    return [extensions, source, bytecode]


def _set_bootstrap_module(_bootstrap_module):
    global _bootstrap
    _bootstrap = _bootstrap_module


def _install(_bootstrap_module):
    """Put the path hooks and PathFinder in place."""
    _set_bootstrap_module(_bootstrap_module)
    supported_loaders = _get_supported_file_loaders()
    sys.path_hooks.extend([_embedded_path_hook, FileFinder.path_hook(*supported_loaders)])
    sys.meta_path.append(PathFinder)


class WindowsRegistryFinder:
    """The finder of modules listed in the Windows registry; on other
    systems it finds nothing."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None

    @classmethod
    def find_module(cls, fullname, path=None):
        return None

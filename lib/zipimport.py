"""Importing modules from ZIP archives (sys.path entries that are zip
files, or directories inside one: "app.zip/lib").

zipimporter is the path hook at sys.path_hooks[0], as in CPython: for a
path that is not a zip archive it raises ZipImportError and the next hook
is asked. It reads the archive's central directory itself (no zipfile
import, because zipfile's own imports may go through this very hook) and
caches it in _zip_directory_cache. Members are stored or deflated; ZIP64
archives and encrypted members raise ZipImportError. ferropy keeps no
bytecode, so only .py members are modules (.pyc members are ignored).
"""

import _frozen_importlib as _bootstrap
import _frozen_importlib_external as _bootstrap_external
import sys

__all__ = ["ZipImportError", "zipimporter"]

path_sep = "/"
alt_path_sep = ""

END_CENTRAL_DIR_SIZE = 22
STRING_END_ARCHIVE = b"PK\x05\x06"
MAX_COMMENT_LEN = (1 << 16) - 1

# archive path -> {name inside the archive: (full path, compression,
# compressed size, size, header offset, DOS time, DOS date, CRC-32)}
_zip_directory_cache = {}


class ZipImportError(ImportError):
    """A zip archive could not be used for importing."""


def _read_directory(archive):
    """The members of a zip archive, by their names inside it."""
    try:
        fp = open(archive, "rb")
    except OSError:
        raise ZipImportError(f"can't open Zip file: {archive!r}", path=archive)
    with fp:
        try:
            fp.seek(0, 2)
            file_size = fp.tell()
            tail_start = max(0, file_size - END_CENTRAL_DIR_SIZE - MAX_COMMENT_LEN)
            fp.seek(tail_start)
            tail = fp.read()
        except OSError:
            raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
        end = tail.rfind(STRING_END_ARCHIVE)
        if end < 0 or len(tail) - end < END_CENTRAL_DIR_SIZE:
            raise ZipImportError(f"not a Zip file: {archive!r}", path=archive)
        record = tail[end:end + END_CENTRAL_DIR_SIZE]
        count = int.from_bytes(record[10:12], "little")
        dir_size = int.from_bytes(record[12:16], "little")
        dir_offset = int.from_bytes(record[16:20], "little")
        if dir_offset == 0xFFFFFFFF or count == 0xFFFF:
            raise ZipImportError(f"ZIP64 archives are not supported by ferropy: {archive!r}", path=archive)
        end_position = tail_start + end
        if end_position < dir_size or end_position - dir_size < dir_offset:
            raise ZipImportError(f"bad central directory size or offset: {archive!r}", path=archive)
        # Data prepended to the archive (a #! line, an executable) moves
        # every offset by the same amount.
        shift = end_position - dir_size - dir_offset
        fp.seek(end_position - dir_size)
        directory = fp.read(dir_size)
    files = {}
    position = 0
    for _ in range(count):
        header = directory[position:position + 46]
        if len(header) < 46 or header[:4] != b"PK\x01\x02":
            raise ZipImportError(f"bad central directory: {archive!r}", path=archive)
        flags = int.from_bytes(header[8:10], "little")
        compress = int.from_bytes(header[10:12], "little")
        time = int.from_bytes(header[12:14], "little")
        date = int.from_bytes(header[14:16], "little")
        crc = int.from_bytes(header[16:20], "little")
        data_size = int.from_bytes(header[20:24], "little")
        file_size = int.from_bytes(header[24:28], "little")
        name_size = int.from_bytes(header[28:30], "little")
        extra_size = int.from_bytes(header[30:32], "little")
        comment_size = int.from_bytes(header[32:34], "little")
        file_offset = int.from_bytes(header[42:46], "little") + shift
        raw_name = directory[position + 46:position + 46 + name_size]
        position += 46 + name_size + extra_size + comment_size
        name = raw_name.decode("utf-8" if flags & 0x800 else "cp437", "surrogateescape" if flags & 0x800 else "strict")
        name = name.replace("/", path_sep)
        files[name] = (archive + path_sep + name, compress, data_size, file_size, file_offset, time, date, crc)
    return files


def _get_data(archive, member):
    """The uncompressed bytes of one member."""
    datapath, compress, data_size, file_size, file_offset, _time, _date, _crc = member
    if data_size < 0:
        raise ZipImportError("negative data size")
    with open(archive, "rb") as fp:
        fp.seek(file_offset)
        header = fp.read(30)
        if len(header) != 30 or header[:4] != b"PK\x03\x04":
            raise ZipImportError(f"bad local file header: {archive!r}", path=archive)
        if int.from_bytes(header[6:8], "little") & 1:
            raise ZipImportError(f"encrypted zip members are not supported: {datapath!r}", path=archive)
        skip = int.from_bytes(header[26:28], "little") + int.from_bytes(header[28:30], "little")
        fp.seek(file_offset + 30 + skip)
        raw = fp.read(data_size)
        if len(raw) != data_size:
            raise OSError("zipimport: can't read data")
    if compress == 0:
        return raw
    if compress != 8:
        raise ZipImportError(f"can't decompress data; compression method {compress} is not supported")
    import zlib
    return zlib.decompress(raw, -15)


def _get_module_path(importer, fullname):
    return importer.prefix + fullname.rpartition(".")[2]


def _is_dir(importer, path):
    # A directory inside the archive is listed with a trailing separator.
    return path + path_sep in importer._files


# (suffix, is the module a package), in the order a name is looked up.
_zip_searchorder = ((path_sep + "__init__.py", True), (".py", False))


def _find_source(importer, fullname):
    """(the member's name, is a package) of a module's source, or None."""
    path = _get_module_path(importer, fullname)
    for suffix, is_package in _zip_searchorder:
        if path + suffix in importer._files:
            return path + suffix, is_package
    return None


def _get_module_info(importer, fullname):
    """True for a package, False for a module, None when absent."""
    found = _find_source(importer, fullname)
    return None if found is None else found[1]


def _source_member(importer, fullname):
    """The member name of a module's source, or ZipImportError."""
    found = _find_source(importer, fullname)
    if found is None:
        raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
    return found[0]


class zipimporter(_bootstrap_external._LoaderBasics):
    """The path entry finder and loader of a zip archive: zipimporter(
    "app.zip") or zipimporter("app.zip/lib") for a directory inside."""

    def __init__(self, path):
        if not isinstance(path, str):
            raise TypeError(f"expected str, not {type(path)!r}")
        if not path:
            raise ZipImportError("archive path is empty", path=path)
        prefix = []
        while True:
            try:
                st = _bootstrap_external._path_stat(path)
            except (OSError, ValueError):
                dirname, basename = _bootstrap_external._path_split(path)
                if dirname == path:
                    raise ZipImportError("not a Zip file", path=path)
                path = dirname
                prefix.append(basename)
            else:
                if (st.st_mode & 0o170000) != 0o100000:
                    raise ZipImportError("not a Zip file", path=path)
                break
        try:
            files = _zip_directory_cache[path]
        except KeyError:
            files = _read_directory(path)
            _zip_directory_cache[path] = files
        self._files = files
        self.archive = path
        self.prefix = _bootstrap_external._path_join(*prefix[::-1])
        if self.prefix:
            self.prefix += path_sep

    def find_spec(self, fullname, target=None):
        is_package = _get_module_info(self, fullname)
        if is_package is not None:
            return _bootstrap.spec_from_loader(fullname, self, is_package=is_package)
        # A directory without __init__.py is a portion of a namespace package.
        module_path = _get_module_path(self, fullname)
        if _is_dir(self, module_path):
            spec = _bootstrap.ModuleSpec(name=fullname, loader=None, is_package=True)
            spec.submodule_search_locations.append(f"{self.archive}{path_sep}{module_path}")
            return spec
        return None

    def find_loader(self, fullname, path=None):
        _warn_deprecated("zipimporter.find_loader() is deprecated and slated for removal in Python 3.12; "
                         "use find_spec() instead")
        if _get_module_info(self, fullname) is not None:
            return self, []
        module_path = _get_module_path(self, fullname)
        if _is_dir(self, module_path):
            return None, [f"{self.archive}{path_sep}{module_path}"]
        return None, []

    def find_module(self, fullname, path=None):
        _warn_deprecated("zipimporter.find_module() is deprecated and slated for removal in Python 3.12; "
                         "use find_spec() instead")
        return self if _get_module_info(self, fullname) is not None else None

    def get_code(self, fullname):
        member = self._files[_source_member(self, fullname)]
        return compile(_get_data(self.archive, member), member[0], "exec", dont_inherit=True)

    def get_data(self, pathname):
        key = pathname
        if pathname.startswith(self.archive + path_sep):
            key = pathname[len(self.archive + path_sep):]
        try:
            member = self._files[key]
        except KeyError:
            raise OSError(0, "", key)
        return _get_data(self.archive, member)

    def get_filename(self, fullname):
        return self._files[_source_member(self, fullname)][0]

    def get_source(self, fullname):
        # As CPython's: UTF-8 whatever the coding cookie says.
        return _get_data(self.archive, self._files[_source_member(self, fullname)]).decode()

    def is_package(self, fullname):
        is_package = _get_module_info(self, fullname)
        if is_package is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        return is_package

    def load_module(self, fullname):
        _warn_deprecated("zipimport.zipimporter.load_module() is deprecated and slated for removal in "
                         "Python 3.12; use exec_module() instead")
        code = self.get_code(fullname)
        module = sys.modules.get(fullname)
        if module is None or not isinstance(module, type(sys)):
            module = type(sys)(fullname)
            sys.modules[fullname] = module
        module.__loader__ = self
        module.__file__ = self.get_filename(fullname)
        is_package = self.is_package(fullname)
        if is_package:
            module.__path__ = [f"{self.archive}{path_sep}{_get_module_path(self, fullname)}"]
        module.__package__ = fullname if is_package else fullname.rpartition(".")[0]
        try:
            exec(code, module.__dict__)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

    def get_resource_reader(self, fullname):
        try:
            if not self.is_package(fullname):
                return None
        except ZipImportError:
            return None
        from importlib.readers import ZipReader
        return ZipReader(self, fullname)

    def invalidate_caches(self):
        try:
            self._files = _read_directory(self.archive)
            _zip_directory_cache[self.archive] = self._files
        except ZipImportError:
            _zip_directory_cache.pop(self.archive, None)
            self._files = {}

    def __repr__(self):
        return f'<zipimporter object "{self.archive}{path_sep}{self.prefix}">'


def _warn_deprecated(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)

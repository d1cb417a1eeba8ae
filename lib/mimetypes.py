"""mimetypes: file name extensions ↔ MIME types.

A MimeTypes database starts from the built-in tables (_mimetypes_data,
generated from CPython's) and reads mime.types files; the module-level
functions use one shared database, made on first use from the built-in
tables plus whichever of `knownfiles` exist on this machine.
"""

import os
import posixpath
import urllib.parse

import _mimetypes_data

__all__ = ["knownfiles", "inited", "MimeTypes", "guess_type", "guess_all_extensions", "guess_extension",
           "add_type", "init", "read_mime_types", "suffix_map", "encodings_map", "types_map", "common_types"]

knownfiles = ["/etc/mime.types", "/etc/httpd/mime.types", "/etc/httpd/conf/mime.types",
              "/etc/apache/mime.types", "/etc/apache2/mime.types", "/usr/local/etc/httpd/conf/mime.types",
              "/usr/local/lib/netscape/mime.types", "/usr/local/etc/httpd/conf/mime.types",
              "/usr/local/etc/mime.types"]

inited = False
_db = None



def _default_mime_types():
    """Resets the module's tables (and the defaults new databases start
    from) to the built-in ones."""
    global suffix_map, _suffix_map_default, encodings_map, _encodings_map_default
    global types_map, _types_map_default, common_types, _common_types_default
    suffix_map = _suffix_map_default = dict(_mimetypes_data.SUFFIX_MAP)
    encodings_map = _encodings_map_default = dict(_mimetypes_data.ENCODINGS_MAP)
    types_map = _types_map_default = dict(_mimetypes_data.TYPES_MAP)
    common_types = _common_types_default = dict(_mimetypes_data.COMMON_TYPES)


_default_mime_types()


class MimeTypes:
    """A database of MIME types: types_map[strict] maps extensions to
    types, types_map_inv[strict] types to their extensions (in the order
    they were added)."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _encodings_map_default.copy()
        self.suffix_map = _suffix_map_default.copy()
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, mime in _types_map_default.items():
            self.add_type(mime, ext, True)
        for ext, mime in _common_types_default.items():
            self.add_type(mime, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        self.types_map[strict][ext] = type
        extensions = self.types_map_inv[strict].setdefault(type, [])
        if ext not in extensions:
            extensions.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) for a file name or URL; None for unknowns."""
        url = os.fspath(url)
        scheme, rest = urllib.parse._splittype(url)
        if scheme == "data":
            comma = rest.find(",")
            if comma < 0:
                return None, None
            semi = rest.find(";", 0, comma)
            mime = rest[:semi] if semi >= 0 else rest[:comma]
            if "=" in mime or "/" not in mime:
                mime = "text/plain"
            return mime, None
        base, ext = posixpath.splitext(url)
        while (ext_lower := ext.lower()) in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext_lower])
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            base, ext = posixpath.splitext(base)
        elif ext.lower() in self.encodings_map:
            encoding = self.encodings_map[ext.lower()]
            base, ext = posixpath.splitext(base)
        else:
            encoding = None
        for table in (self.types_map[True],) if strict else (self.types_map[True], self.types_map[False]):
            if ext in table:
                return table[ext], encoding
            if ext.lower() in table:
                return table[ext.lower()], encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        type = type.lower()
        extensions = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in extensions:
                    extensions.append(ext)
        return extensions

    def guess_extension(self, type, strict=True):
        extensions = self.guess_all_extensions(type, strict)
        return extensions[0] if extensions else None

    def read(self, filename, strict=True):
        with open(filename, encoding="utf-8") as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Reads mime.types lines: a type, then its extensions; '#' starts
        a comment."""
        for line in fp:
            words = line.split()
            for i, word in enumerate(words):
                if word.startswith("#"):
                    del words[i:]
                    break
            if not words:
                continue
            mime, suffixes = words[0], words[1:]
            for suffix in suffixes:
                self.add_type(mime, "." + suffix, strict)

    def read_windows_registry(self, strict=True):
        pass


def guess_type(url, strict=True):
    if _db is None:
        init()
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    if _db is None:
        init()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)


def init(files=None):
    global suffix_map, types_map, encodings_map, common_types
    global inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    try:
        f = open(file, encoding="utf-8")
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]

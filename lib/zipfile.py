"""Read and write ZIP files.

ZipFile reads and writes archives stored, deflated (zlib) or bzip2'd,
with the header values CPython writes (so archives come out the same
bytes); ZipInfo describes a member. Not yet: ZIP64 (archives or members
over 4 GiB or 65,535 members raise LargeZipFile), encrypted members,
and LZMA.
"""

import binascii
import io
import os
import stat
import struct
import sys
import time

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2", "ZIP_LZMA",
           "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile", "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """A ZIP file would need ZIP64 (not supported by ferropy yet)."""


error = BadZipfile = BadZipFile

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14
DEFAULT_VERSION = 20
BZIP2_VERSION = 46
LZMA_VERSION = 63
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_LOCAL_SIG = b"PK\003\004"
_CENTRAL_SIG = b"PK\001\002"
_END_SIG = b"PK\005\006"


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED, ZIP_BZIP2, ZIP_LZMA):
        return
    raise NotImplementedError("That compression method is not supported")


class ZipInfo:
    """A member of an archive: its name, date, sizes and attributes."""

    __slots__ = ("orig_filename", "filename", "date_time", "compress_type", "_compresslevel", "comment", "extra",
                 "create_system", "create_version", "extract_version", "reserved", "flag_bits", "volume",
                 "internal_attr", "external_attr", "header_offset", "CRC", "compress_size", "file_size")

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null = filename.find(chr(0))
        if null >= 0:
            filename = filename[:null]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError("ZIP does not support timestamps before 1980")
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == "win32" else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self.header_offset = 0
        self.CRC = 0

    def __repr__(self):
        result = ["<%s filename=%r" % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            names = {ZIP_DEFLATED: "deflate", ZIP_BZIP2: "bzip2", ZIP_LZMA: "lzma"}
            result.append(" compress_type=%s" % names.get(self.compress_type, self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            result.append(" filemode=%r" % stat.filemode(hi))
        if lo:
            result.append(" external_attr=%#x" % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            result.append(" file_size=%r" % self.file_size)
        if (not isdir or self.compress_size) and (self.compress_type != ZIP_STORED
                                                  or self.file_size != self.compress_size):
            result.append(" compress_size=%r" % self.compress_size)
        result.append(">")
        return "".join(result)

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for a file on disk (its mode, size and date)."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        date_time = time.localtime(st.st_mtime)[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += "/"
        zinfo = cls(arcname, date_time)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            zinfo.file_size = st.st_size
        return zinfo

    def is_dir(self):
        return self.filename[-1:] == "/"

    def _encoded_name(self):
        try:
            return self.filename.encode("ascii"), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode("utf-8"), self.flag_bits | 0x800

    def _dos_date_time(self):
        dt = self.date_time
        return (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2], dt[3] << 11 | dt[4] << 5 | (dt[5] // 2)

    def FileHeader(self, zip64=None):
        """The local file header of this member."""
        if self.file_size > 0xFFFFFFFF or self.compress_size > 0xFFFFFFFF or zip64:
            raise LargeZipFile("ZIP64 members are not supported by ferropy yet")
        needed = {ZIP_BZIP2: BZIP2_VERSION, ZIP_LZMA: LZMA_VERSION}.get(self.compress_type)
        if needed is not None:
            self.extract_version = max(needed, self.extract_version)
            self.create_version = max(needed, self.create_version)
        name, flags = self._encoded_name()
        dosdate, dostime = self._dos_date_time()
        header = _LOCAL.pack(_LOCAL_SIG, self.extract_version, self.reserved, flags, self.compress_type, dostime,
                             dosdate, self.CRC, self.compress_size, self.file_size, len(name), len(self.extra))
        return header + name + self.extra


def _compressor(compress_type, level):
    if compress_type == ZIP_DEFLATED:
        import zlib
        return zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION if level is None else level, zlib.DEFLATED, -15)
    if compress_type == ZIP_BZIP2:
        import bz2
        return bz2.BZ2Compressor(9 if level is None else level)
    if compress_type == ZIP_LZMA:
        return _LZMAZipCompressor()
    return None


class _LZMAZipCompressor:
    """LZMA as zip stores it (APPNOTE 5.8.8): a 4-byte header (the LZMA
    SDK version, 9.4, and the size of the properties), the LZMA1
    properties, then a raw LZMA1 stream ending in an end marker."""

    def __init__(self):
        import lzma
        props = lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1})
        filters = [lzma._decode_filter_properties(lzma.FILTER_LZMA1, props)]
        self._comp = lzma.LZMACompressor(lzma.FORMAT_RAW, filters=filters)
        self._header = struct.pack("<BBH", 9, 4, len(props)) + props

    def _with_header(self, data):
        header, self._header = self._header, b""
        return header + data

    def compress(self, data):
        return self._with_header(self._comp.compress(data))

    def flush(self):
        return self._with_header(self._comp.flush())


def _decompress(compress_type, data):
    if compress_type == ZIP_STORED:
        return data
    if compress_type == ZIP_DEFLATED:
        import zlib
        return zlib.decompress(data, -15)
    if compress_type == ZIP_BZIP2:
        import bz2
        return bz2.decompress(data)
    if compress_type == ZIP_LZMA:
        import lzma
        if len(data) < 4:
            raise EOFError
        (psize,) = struct.unpack("<H", data[2:4])
        filters = [lzma._decode_filter_properties(lzma.FILTER_LZMA1, data[4:4 + psize])]
        return lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=filters).decompress(data[4 + psize:])
    _check_compression(compress_type)


class ZipExtFile(io.BytesIO):
    """A member opened for reading (its whole content, decompressed)."""

    def __init__(self, data, name, mode="r"):
        super().__init__(data)
        self.name = name
        self.mode = mode

    def __repr__(self):
        return "<zipfile.ZipExtFile name=%r mode=%r>" % (self.name, self.mode)


class _ZipWriteFile(io.BufferedIOBase):
    """A member opened for writing: collected, then stored at close."""

    def __init__(self, zipfile, zinfo):
        self._zipfile = zipfile
        self._zinfo = zinfo
        self._buffer = bytearray()

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        data = memoryview(data).tobytes() if not isinstance(data, (bytes, bytearray)) else data
        self._buffer += data
        return len(data)

    def close(self):
        if self.closed:
            return
        super().close()
        self._zipfile._write_member(self._zinfo, bytes(self._buffer))
        self._zipfile._writing = False


class ZipFile:
    """A ZIP archive opened to read ('r'), write ('w'), append ('a') or
    create ('x')."""

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True, compresslevel=None, *,
                 strict_timestamps=True, metadata_encoding=None):
        if mode not in ("r", "w", "x", "a"):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b""
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        self._modified = False
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            modes = {"r": "rb", "w": "w+b", "x": "x+b", "a": "r+b"}
            try:
                self.fp = io.open(file, modes[mode])
            except OSError:
                if mode != "a":
                    raise
                mode = "w"
                self.fp = io.open(file, "w+b")
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, "name", None)
        try:
            if mode == "r":
                self._read_central_directory()
            elif mode == "a":
                try:
                    self._read_central_directory()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    self.fp.seek(0, 2)
                    self.start_dir = self.fp.tell()
                self._modified = True
            else:
                self.start_dir = self.fp.tell() if hasattr(self.fp, "tell") else 0
                self._modified = True
        except BaseException:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        result = ["<%s.%s" % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                result.append(" file=%r" % self.fp)
            elif self.filename is not None:
                result.append(" filename=%r" % self.filename)
            result.append(" mode=%r" % self.mode)
        else:
            result.append(" [closed]")
        result.append(">")
        return "".join(result)

    # -- reading -------------------------------------------------------------

    def _read_central_directory(self):
        fp = self.fp
        try:
            fp.seek(0, 2)
        except OSError:
            raise BadZipFile("File is not a zip file") from None
        size = fp.tell()
        tail_size = min(size, ZIP_MAX_COMMENT + _END.size)
        fp.seek(size - tail_size)
        tail = fp.read(tail_size)
        at = tail.rfind(_END_SIG)
        if at < 0 or len(tail) - at < _END.size:
            raise BadZipFile("File is not a zip file")
        (_, _, _, _, count, cd_size, cd_offset, comment_len) = _END.unpack(tail[at:at + _END.size])
        self._comment = tail[at + _END.size:at + _END.size + comment_len]
        end_offset = size - tail_size + at
        # Data may precede the archive (a self-extractor): shift offsets.
        concat = end_offset - cd_size - cd_offset
        self.start_dir = cd_offset + concat
        fp.seek(self.start_dir)
        data = fp.read(cd_size)
        pos = 0
        while pos < len(data):
            fields = _CENTRAL.unpack(data[pos:pos + _CENTRAL.size])
            if fields[0] != _CENTRAL_SIG:
                raise BadZipFile("Bad magic number for central directory")
            (_, create_version, create_system, extract_version, reserved, flags, method, dostime, dosdate, crc,
             csize, usize, name_len, extra_len, comment_len, volume, internal, external, offset) = fields
            pos += _CENTRAL.size
            raw_name = data[pos:pos + name_len]
            pos += name_len
            encoding = "utf-8" if flags & 0x800 else (self.metadata_encoding or "cp437")
            zinfo = ZipInfo(raw_name.decode(encoding))
            zinfo.extra = data[pos:pos + extra_len]
            pos += extra_len
            zinfo.comment = data[pos:pos + comment_len]
            pos += comment_len
            zinfo.header_offset = offset + concat
            zinfo.create_version, zinfo.create_system = create_version, create_system
            zinfo.extract_version, zinfo.reserved = extract_version, reserved
            zinfo.flag_bits, zinfo.compress_type, zinfo.CRC = flags, method, crc
            zinfo.compress_size, zinfo.file_size = csize, usize
            zinfo.volume, zinfo.internal_attr, zinfo.external_attr = volume, internal, external
            zinfo.date_time = ((dosdate >> 9) + 1980, (dosdate >> 5) & 0xF, dosdate & 0x1F, dostime >> 11,
                               (dostime >> 5) & 0x3F, (dostime & 0x1F) * 2)
            self.filelist.append(zinfo)
            self.NameToInfo[zinfo.filename] = zinfo

    def namelist(self):
        return [data.filename for data in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        for zinfo in self.filelist:
            try:
                self.read(zinfo)
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError("There is no item named %r in the archive" % name)
        return info

    def setpassword(self, pwd):
        self.pwd = pwd

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        self._comment = comment[:ZIP_MAX_COMMENT]
        self._modified = True

    def read(self, name, pwd=None):
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == "w":
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == "w":
            if self.mode == "r":
                raise ValueError("open() requires mode 'w', 'x', or 'a'")
            if self._writing:
                raise ValueError("Can't write to the ZIP file while there is another write handle open on it. "
                                 "Close the first handle before opening another.")
            self._writing = True
            return _ZipWriteFile(self, zinfo)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        if zinfo.flag_bits & 0x1:
            raise NotImplementedError("encrypted ZIP members are not supported by ferropy yet")
        self.fp.seek(zinfo.header_offset)
        header = self.fp.read(_LOCAL.size)
        if len(header) != _LOCAL.size or header[:4] != _LOCAL_SIG:
            raise BadZipFile("Bad magic number for file header")
        fields = _LOCAL.unpack(header)
        self.fp.read(fields[10] + fields[11])
        data = _decompress(zinfo.compress_type, self.fp.read(zinfo.compress_size))
        if binascii.crc32(data) != zinfo.CRC:
            raise BadZipFile("Bad CRC-32 for file %r" % zinfo.filename)
        return ZipExtFile(data, zinfo.filename)

    def extract(self, member, path=None, pwd=None):
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        if members is None:
            members = self.namelist()
        path = os.getcwd() if path is None else os.fspath(path)
        for zipinfo in members:
            self._extract_member(zipinfo, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        arcname = member.filename.replace("/", os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        invalid = ("", os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(x for x in arcname.split(os.path.sep) if x not in invalid)
        targetpath = os.path.join(targetpath, arcname)
        targetpath = os.path.normpath(targetpath)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with open(targetpath, "wb") as target:
            target.write(self.read(member, pwd))
        return targetpath

    # -- writing -------------------------------------------------------------

    def _check_writable(self):
        if self.mode not in ("w", "x", "a"):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")

    def _write_member(self, zinfo, data):
        """Stores a member: its local header, then its (compressed) data."""
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn("Duplicate name: %r" % zinfo.filename, stacklevel=3)
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16   # ?rw-------, as CPython
        zinfo.file_size = len(data)
        zinfo.CRC = binascii.crc32(data)
        if zinfo.compress_type == ZIP_LZMA:
            # The LZMA stream ends in an end marker (general purpose bit 1).
            zinfo.flag_bits |= 0x02
        compressor = _compressor(zinfo.compress_type, zinfo._compresslevel)
        packed = compressor.compress(data) + compressor.flush() if compressor else data
        zinfo.compress_size = len(packed)
        self.fp.seek(self.start_dir)
        zinfo.header_offset = self.start_dir
        self.fp.write(zinfo.FileHeader())
        self.fp.write(packed)
        self.start_dir = self.fp.tell()
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo
        self._modified = True

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        self._check_writable()
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self._write_member(zinfo, b"")
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        zinfo._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        _check_compression(zinfo.compress_type)
        with open(filename, "rb") as src:
            self._write_member(zinfo, src.read())

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname, date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename[-1] == "/":
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        self._check_writable()
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        _check_compression(zinfo.compress_type)
        self._write_member(zinfo, bytes(data))

    def mkdir(self, zinfo_or_directory_name, mode=511):
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            zinfo = ZipInfo(name, time.localtime(time.time())[:6])
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16 | 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        self._check_writable()
        self._write_member(zinfo, b"")

    def _write_end_record(self):
        if len(self.filelist) > ZIP_FILECOUNT_LIMIT:
            raise LargeZipFile("ZIP64 archives are not supported by ferropy yet")
        self.fp.seek(self.start_dir)
        for zinfo in self.filelist:
            name, flags = zinfo._encoded_name()
            dosdate, dostime = zinfo._dos_date_time()
            self.fp.write(_CENTRAL.pack(_CENTRAL_SIG, zinfo.create_version, zinfo.create_system,
                                        zinfo.extract_version, zinfo.reserved, flags, zinfo.compress_type,
                                        dostime, dosdate, zinfo.CRC, zinfo.compress_size, zinfo.file_size,
                                        len(name), len(zinfo.extra), len(zinfo.comment), 0, zinfo.internal_attr,
                                        zinfo.external_attr, zinfo.header_offset))
            self.fp.write(name + zinfo.extra + zinfo.comment)
        end = self.fp.tell()
        count = len(self.filelist)
        self.fp.write(_END.pack(_END_SIG, 0, 0, count, count, end - self.start_dir, self.start_dir,
                                len(self._comment)))
        self.fp.write(self._comment)
        if self.mode == "a":
            self.fp.truncate()
        self.fp.flush()

    def close(self):
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ("w", "x", "a") and self._modified:
                self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()


class PyZipFile(ZipFile):
    def writepy(self, pathname, basename="", filterfunc=None):
        raise NotImplementedError("PyZipFile.writepy needs byte-code files, which ferropy cannot write yet")


def _with_parent_dirs(names):
    """The member names plus every directory they imply ("a/b/c" implies
    "a/" and "a/b/"), which archives need not list."""
    complete = dict.fromkeys(names)
    for name in names:
        parts = name.rstrip("/").split("/")
        for depth in range(1, len(parts)):
            complete.setdefault("/".join(parts[:depth]) + "/")
    return complete


class Path:
    """A pathlib-style view of a location inside an archive (a
    Traversable): Path("a.zip") / "pkg" / "data.txt". Directories end
    with "/" in `at`; the root is at ""."""

    __repr = "{self.__class__.__name__}({self.root.filename!r}, {self.at!r})"

    def __init__(self, root, at=""):
        if not isinstance(root, ZipFile):
            root = ZipFile(root)
        self.root = root
        self.at = at
        self._names = _with_parent_dirs(root.namelist())

    def _next(self, at):
        child = object.__new__(type(self))
        child.root, child.at, child._names = self.root, at, self._names
        return child

    def _resolve_dir(self, name):
        # "pkg" names the directory "pkg/" when only that is present.
        if name not in self._names and name + "/" in self._names:
            return name + "/"
        return name

    def open(self, mode="r", *args, pwd=None, **kwargs):
        if self.is_dir():
            raise IsADirectoryError(self)
        zip_mode = mode[0]
        if not self.exists() and zip_mode == "r":
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zip_mode, pwd=pwd)
        if "b" in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        return io.TextIOWrapper(stream, *args, **kwargs)

    @property
    def name(self):
        import pathlib
        return pathlib.Path(self.at).name or self.filename.name

    @property
    def suffix(self):
        import pathlib
        return pathlib.Path(self.at).suffix or self.filename.suffix

    @property
    def suffixes(self):
        import pathlib
        return pathlib.Path(self.at).suffixes or self.filename.suffixes

    @property
    def stem(self):
        import pathlib
        return pathlib.Path(self.at).stem or self.filename.stem

    @property
    def filename(self):
        import pathlib
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        with self.open("r", *args, **kwargs) as stream:
            return stream.read()

    def read_bytes(self):
        with self.open("rb") as stream:
            return stream.read()

    def _is_child(self, path):
        return os.path.dirname(path.at.rstrip("/")) == self.at.rstrip("/")

    def is_dir(self):
        return not self.at or self.at.endswith("/")

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self._names

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        children = (self._next(name) for name in self._names)
        return filter(self._is_child, children)

    def __str__(self):
        return os.path.join(self.root.filename, self.at)

    def __repr__(self):
        return self.__repr.format(self=self)

    def joinpath(self, *other):
        return self._next(self._resolve_dir(os.path.join(self.at, *other)))

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        parent_at = os.path.dirname(self.at.rstrip("/"))
        if parent_at:
            parent_at += "/"
        return self._next(parent_at)


def is_zipfile(filename):
    """Whether a file (or file object) holds a ZIP archive."""
    try:
        if hasattr(filename, "read"):
            ZipFile(filename)
            return True
        with ZipFile(filename):
            return True
    except (OSError, BadZipFile):
        return False

"""Reading and writing tar archives (POSIX ustar, GNU and pax formats),
plain or compressed with gzip or bzip2, as CPython 3.11's tarfile.

A TarFile reads its members' headers one 512-byte block at a time: GNU
long-name members and pax extended headers modify the member that
follows them. Writing uses pax records (DEFAULT_FORMAT) where a ustar
field cannot hold a value. Stream modes ("r|gz", "w|gz") read or write
the whole stream through the compressor. Extraction filters are 3.11's
(data_filter, tar_filter, fully_trusted_filter). Not yet: xz (there is
no lzma module), writing sparse members, and appending to compressed
archives.
"""

import copy
import io
import os
import shutil
import stat
import sys
import time

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError", "CompressionError", "StreamError",
           "ExtractError", "HeaderError", "ENCODING", "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT",
           "DEFAULT_FORMAT", "open"]

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"
GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"
XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE, CHRTYPE, BLKTYPE,
                   GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NAME_FIELDS = {"path", "linkpath", "uname", "gname"}
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float, "uid": int, "gid": int, "size": int}

ENCODING = sys.getfilesystemencoding()


class TarError(Exception):
    """Base exception."""


class ExtractError(TarError):
    """General exception for extract errors."""


class ReadError(TarError):
    """Exception for unreadable tar archives."""


class CompressionError(TarError):
    """Exception for unavailable compression methods."""


class StreamError(TarError):
    """Exception for unsupported operations on stream-like TarFiles."""


class HeaderError(TarError):
    """Base exception for header errors."""


class EmptyHeaderError(HeaderError):
    """Exception for empty headers."""


class TruncatedHeaderError(HeaderError):
    """Exception for truncated headers."""


class EOFHeaderError(HeaderError):
    """Exception for end of file headers."""


class InvalidHeaderError(HeaderError):
    """Exception for invalid headers."""


class SubsequentHeaderError(HeaderError):
    """Exception for missing and invalid extended headers."""


# ----- header fields -----

def stn(s, length, encoding, errors):
    """A str as a NUL-padded field of `length` bytes."""
    if s is None:
        raise ValueError("metadata cannot contain None")
    data = s.encode(encoding, errors)
    return data[:length] + (length - len(data)) * NUL


def nts(s, encoding, errors):
    """A NUL-terminated field as a str."""
    end = s.find(b"\0")
    if end != -1:
        s = s[:end]
    return s.decode(encoding, errors)


def nti(s):
    """A number field: octal text, or GNU base-256 for large values."""
    if s[0] in (0o200, 0o377):
        n = 0
        for byte in s[1:]:
            n = (n << 8) + byte
        if s[0] == 0o377:
            n = -(256 ** (len(s) - 1) - n)
        return n
    try:
        text = nts(s, "ascii", "strict")
        return int(text.strip() or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """A number as a field of `digits` bytes: octal, or base-256 (GNU
    and pax formats) when octal does not fit."""
    original = n
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return bytes("%0*o" % (digits - 1, n), "ascii") + NUL
    if format in (GNU_FORMAT, PAX_FORMAT) and -256 ** (digits - 1) <= n < 256 ** (digits - 1):
        if n >= 0:
            field = bytearray([0o200])
        else:
            field = bytearray([0o377])
            n = 256 ** digits + n
        body = bytearray()
        for _ in range(digits - 1):
            body.insert(0, n & 0o377)
            n >>= 8
        return field + body
    raise ValueError("overflow in number field")


def calc_chksums(buf):
    """(unsigned, signed) checksums of a header: its bytes summed with
    the checksum field counted as spaces."""
    body = buf[:148] + b" " * 8 + buf[156:512]
    unsigned = sum(body)
    signed = sum(b - 256 if b > 127 else b for b in body)
    return unsigned, signed


def _pax_values(buf, keyword):
    """Every value of a keyword in raw pax records, in order."""
    values = []
    for record in buf.split(b"\n"):
        _, _, rest = record.partition(b" ")
        key, equals, value = rest.partition(b"=")
        if equals and key == keyword:
            values.append(value.decode("utf-8"))
    return values


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copies `length` bytes (all, if None) from src to dst."""
    bufsize = bufsize or 16 * 1024
    if length == 0:
        return
    if length is None:
        shutil.copyfileobj(src, dst, bufsize)
        return
    remaining = length
    while remaining > 0:
        chunk = src.read(min(bufsize, remaining))
        if len(chunk) < min(bufsize, remaining):
            raise exception("unexpected end of data")
        dst.write(chunk)
        remaining -= len(chunk)


# ----- extraction filters (PEP 706) -----

class FilterError(TarError):
    def _init(self, tarinfo, message):
        # The member the filter refused, and the message.
        self.tarinfo = tarinfo
        super().__init__(message)


class AbsolutePathError(FilterError):
    def __init__(self, tarinfo):
        self._init(tarinfo, f"member {tarinfo.name!r} has an absolute path")


class OutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self._path = path
        self._init(tarinfo, f"{tarinfo.name!r} would be extracted to {path!r}, which is outside the destination")


class SpecialFileError(FilterError):
    def __init__(self, tarinfo):
        self._init(tarinfo, f"{tarinfo.name!r} is a special file")


class AbsoluteLinkError(FilterError):
    def __init__(self, tarinfo):
        self._init(tarinfo, f"{tarinfo.name!r} is a link to an absolute path")


class LinkOutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self._path = path
        self._init(tarinfo, f"{tarinfo.name!r} would link to {path!r}, which is outside the destination")


def _get_filtered_attrs(member, dest_path, for_data=True):
    new_attrs = {}
    name = member.name
    dest_path = os.path.realpath(dest_path)
    # Strip leading / (tar's directory separator) from filenames.
    if name.startswith(("/", os.sep)):
        name = new_attrs["name"] = member.path.lstrip("/" + os.sep)
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    target_path = os.path.realpath(os.path.join(dest_path, name))
    if os.path.commonpath([target_path, dest_path]) != dest_path:
        raise OutsideDestinationError(member, target_path)
    mode = member.mode
    if mode is not None:
        # Strip high bits and group/other write bits.
        mode = mode & 0o755
        if for_data:
            if member.isreg() or member.islnk():
                if not mode & 0o100:
                    mode &= ~0o111
                mode |= 0o600
            elif member.isdir() or member.issym():
                mode = None
            else:
                raise SpecialFileError(member)
        if mode != member.mode:
            new_attrs["mode"] = mode
    if for_data:
        if member.uid is not None:
            new_attrs["uid"] = None
        if member.gid is not None:
            new_attrs["gid"] = None
        if member.uname is not None:
            new_attrs["uname"] = None
        if member.gname is not None:
            new_attrs["gname"] = None
        if member.islnk() or member.issym():
            if os.path.isabs(member.linkname):
                raise AbsoluteLinkError(member)
            if member.issym():
                target_path = os.path.join(dest_path, os.path.dirname(name), member.linkname)
            else:
                target_path = os.path.join(dest_path, member.linkname)
            target_path = os.path.realpath(target_path)
            if os.path.commonpath([target_path, dest_path]) != dest_path:
                raise LinkOutsideDestinationError(member, target_path)
    return new_attrs


def fully_trusted_filter(member, dest_path):
    return member


def tar_filter(member, dest_path):
    new_attrs = _get_filtered_attrs(member, dest_path, False)
    if new_attrs:
        return member.replace(**new_attrs, deep=False)
    return member


def data_filter(member, dest_path):
    new_attrs = _get_filtered_attrs(member, dest_path, True)
    if new_attrs:
        return member.replace(**new_attrs, deep=False)
    return member


_NAMED_FILTERS = {"fully_trusted": fully_trusted_filter, "tar": tar_filter, "data": data_filter}


# ----- members -----

class TarInfo:
    """One archive member: its name, size, times, owner, type and link."""

    __slots__ = dict(name="Name of the archive member.", mode="Permission bits.",
                     uid="User ID of the user who originally stored this member.",
                     gid="Group ID of the user who originally stored this member.",
                     size="Size in bytes.", mtime="Time of last modification.", chksum="Header checksum.",
                     type="File type.", linkname="Name of the target file name.",
                     uname="User name.", gname="Group name.", devmajor="Device major number.",
                     devminor="Device minor number.", offset="The tar header starts here.",
                     offset_data="The file's data starts here.", pax_headers="A dictionary of pax headers.",
                     sparse="Sparse member information.", tarfile=None, _sparse_structs=None,
                     _link_target=None, _sparse_map_in_data=None)

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}
        self.tarfile = None
        self._sparse_structs = None
        self._link_target = None

    @property
    def path(self):
        return self.name

    @path.setter
    def path(self, name):
        self.name = name

    @property
    def linkpath(self):
        return self.linkname

    @linkpath.setter
    def linkpath(self, linkname):
        self.linkname = linkname

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.name, id(self))

    def replace(self, *, name=..., mtime=..., mode=..., linkname=..., uid=..., gid=..., uname=..., gname=...,
                deep=True):
        """A copy with the given attributes changed."""
        result = copy.deepcopy(self) if deep else copy.copy(self)
        for attr, value in (("name", name), ("mtime", mtime), ("mode", mode), ("linkname", linkname),
                            ("uid", uid), ("gid", gid), ("uname", uname), ("gname", gname)):
            if value is not ...:
                setattr(result, attr, value)
        return result

    def get_info(self):
        """The member's header fields as a dict."""
        mode = None if self.mode is None else self.mode & 0o7777
        info = {"name": self.name, "mode": mode, "uid": self.uid, "gid": self.gid, "size": self.size,
                "mtime": self.mtime, "chksum": self.chksum, "type": self.type, "linkname": self.linkname,
                "uname": self.uname, "gname": self.gname, "devmajor": self.devmajor,
                "devminor": self.devminor}
        if info["type"] == DIRTYPE and not info["name"].endswith("/"):
            info["name"] += "/"
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """The member's header blocks in `format`."""
        info = self.get_info()
        for name, value in info.items():
            if value is None:
                raise ValueError("%s may not be None" % name)
        if format == USTAR_FORMAT:
            return self.create_ustar_header(info, encoding, errors)
        if format == GNU_FORMAT:
            return self.create_gnu_header(info, encoding, errors)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        raise ValueError("invalid format")

    def create_ustar_header(self, info, encoding, errors):
        info["magic"] = POSIX_MAGIC
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            info["prefix"], info["name"] = self._posix_split_name(info["name"], encoding, errors)
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        info["magic"] = GNU_MAGIC
        buf = b""
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            buf += self._create_gnu_long_header(info["linkname"], GNUTYPE_LONGLINK, encoding, errors)
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            buf += self._create_gnu_long_header(info["name"], GNUTYPE_LONGNAME, encoding, errors)
        return buf + self._create_header(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        """A pax extended header for what ustar cannot hold (long or
        non-ASCII names, big or fractional numbers), then the ustar one."""
        info["magic"] = POSIX_MAGIC
        pax_headers = self.pax_headers.copy()
        for name, hname, length in (("name", "path", LENGTH_NAME), ("linkname", "linkpath", LENGTH_LINK),
                                    ("uname", "uname", 32), ("gname", "gname", 32)):
            if hname in pax_headers:
                continue
            if not info[name].isascii() or len(info[name]) > length:
                pax_headers[hname] = info[name]
        for name, digits in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            value = info[name]
            is_float = isinstance(value, float)
            rounded = round(value) if is_float else value
            needs_pax = False
            if not 0 <= rounded < 8 ** (digits - 1):
                info[name] = 0
                needs_pax = True
            elif is_float:
                info[name] = rounded
                needs_pax = True
            if needs_pax and name not in pax_headers:
                pax_headers[name] = str(value)
        buf = self._create_pax_generic_header(pax_headers, XHDTYPE, encoding) if pax_headers else b""
        return buf + self._create_header(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    def _posix_split_name(self, name, encoding, errors):
        """Splits a long name into ustar's prefix and name fields."""
        components = name.split("/")
        for i in range(1, len(components)):
            prefix = "/".join(components[:i])
            rest = "/".join(components[i:])
            if (len(prefix.encode(encoding, errors)) <= LENGTH_PREFIX
                    and len(rest.encode(encoding, errors)) <= LENGTH_NAME):
                return prefix, rest
        raise ValueError("name is too long")

    @staticmethod
    def _create_header(info, format, encoding, errors):
        has_device = info["type"] in (CHRTYPE, BLKTYPE)
        if has_device:
            devmajor = itn(info.get("devmajor", 0), 8, format)
            devminor = itn(info.get("devminor", 0), 8, format)
        else:
            devmajor = stn("", 8, encoding, errors)
            devminor = stn("", 8, encoding, errors)
        fields = [
            stn(info.get("name", ""), 100, encoding, errors),
            itn(info.get("mode", 0) & 0o7777, 8, format),
            itn(info.get("uid", 0), 8, format),
            itn(info.get("gid", 0), 8, format),
            itn(info.get("size", 0), 12, format),
            itn(info.get("mtime", 0), 12, format),
            b"        ",
            info.get("type", REGTYPE),
            stn(info.get("linkname", ""), 100, encoding, errors),
            info.get("magic", POSIX_MAGIC),
            stn(info.get("uname", ""), 32, encoding, errors),
            stn(info.get("gname", ""), 32, encoding, errors),
            devmajor,
            devminor,
            stn(info.get("prefix", ""), 155, encoding, errors),
        ]
        buf = b"".join(fields)
        buf += NUL * (BLOCKSIZE - len(buf))
        chksum = calc_chksums(buf)[0]
        return buf[:148] + bytes("%06o\0" % chksum, "ascii") + buf[155:]

    @staticmethod
    def _create_payload(payload):
        remainder = len(payload) % BLOCKSIZE
        if remainder > 0:
            payload += (BLOCKSIZE - remainder) * NUL
        return payload

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        name = name.encode(encoding, errors) + NUL
        info = {"name": "././@LongLink", "type": type, "size": len(name), "magic": GNU_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, encoding, errors) + cls._create_payload(name)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        # Names and values that are not valid UTF-8 go as raw bytes (the
        # "hdrcharset=BINARY" record says so).
        binary = False
        for keyword, value in pax_headers.items():
            try:
                value.encode("utf-8", "strict")
            except UnicodeEncodeError:
                binary = True
                break
        records = b""
        if binary:
            records += b"21 hdrcharset=BINARY\n"
        for keyword, value in pax_headers.items():
            keyword = keyword.encode("utf-8")
            if binary:
                value = value.encode(encoding, "surrogateescape")
            else:
                value = value.encode("utf-8")
            # The record's length counts its own digits.
            length = len(keyword) + len(value) + 3
            n = p = 0
            while True:
                n = length + len(str(p))
                if n == p:
                    break
                p = n
            records += bytes(str(p), "ascii") + b" " + keyword + b"=" + value + b"\n"
        info = {"name": "././@PaxHeader", "type": type, "size": len(records), "magic": POSIX_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, "ascii", "replace") + cls._create_payload(records)

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """A TarInfo from a 512-byte header block."""
        if len(buf) == 0:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        chksum = nti(buf[148:156])
        if chksum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        obj = cls()
        obj.name = nts(buf[0:100], encoding, errors)
        obj.mode = nti(buf[100:108])
        obj.uid = nti(buf[108:116])
        obj.gid = nti(buf[116:124])
        obj.size = nti(buf[124:136])
        obj.mtime = nti(buf[136:148])
        obj.chksum = chksum
        obj.type = buf[156:157]
        obj.linkname = nts(buf[157:257], encoding, errors)
        obj.uname = nts(buf[265:297], encoding, errors)
        obj.gname = nts(buf[297:329], encoding, errors)
        obj.devmajor = nti(buf[329:337])
        obj.devminor = nti(buf[337:345])
        prefix = nts(buf[345:500], encoding, errors)
        # Old V7 archives mark directories by a trailing slash only.
        if obj.type == AREGTYPE and obj.name.endswith("/"):
            obj.type = DIRTYPE
        if obj.type == GNUTYPE_SPARSE:
            # Old GNU sparse: up to 4 (offset, size) pairs of data here,
            # more in extension blocks, and the file's real size.
            pos = 386
            structs = []
            for _ in range(4):
                try:
                    offset, numbytes = nti(buf[pos:pos + 12]), nti(buf[pos + 12:pos + 24])
                except ValueError:
                    break
                structs.append((offset, numbytes))
                pos += 24
            isextended = bool(buf[482])
            origsize = nti(buf[483:495])
            obj._sparse_structs = (structs, isextended, origsize)
        if obj.isdir():
            obj.name = obj.name.rstrip("/")
        if prefix and obj.type not in GNU_TYPES:
            obj.name = prefix + "/" + obj.name
        return obj

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member of an archive, read from its file object."""
        buf = tarfile.fileobj.read(BLOCKSIZE)
        obj = cls.frombuf(buf, tarfile.encoding, tarfile.errors)
        obj.offset = tarfile.fileobj.tell() - BLOCKSIZE
        return obj._proc_member(tarfile)

    def _proc_member(self, tarfile):
        if self.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            return self._proc_gnulong(tarfile)
        if self.type == GNUTYPE_SPARSE:
            return self._proc_sparse(tarfile)
        if self.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            return self._proc_pax(tarfile)
        return self._proc_builtin(tarfile)

    def _proc_builtin(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        offset = self.offset_data
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            offset += self._block(self.size)
        tarfile.offset = offset
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        if self.isdir():
            self.name = self.name.rstrip("/")
        return self

    def _proc_sparse(self, tarfile):
        """An old GNU sparse member: its map (extension blocks read), its
        real size; the stored data is the map's pieces, back to back."""
        structs, isextended, origsize = self._sparse_structs
        del self._sparse_structs
        while isextended:
            buf = tarfile.fileobj.read(BLOCKSIZE)
            pos = 0
            for _ in range(21):
                try:
                    offset, numbytes = nti(buf[pos:pos + 12]), nti(buf[pos + 12:pos + 24])
                except ValueError:
                    break
                if offset and numbytes:
                    structs.append((offset, numbytes))
                pos += 24
            isextended = bool(buf[504])
        self.sparse = structs
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self.offset_data + self._block(self.size)
        self.size = origsize
        return self

    def _proc_gnulong(self, tarfile):
        buf = tarfile.fileobj.read(self._block(self.size))
        try:
            following = self.fromtarfile(tarfile)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None
        following.offset = self.offset
        if self.type == GNUTYPE_LONGNAME:
            following.name = nts(buf, tarfile.encoding, tarfile.errors)
        elif self.type == GNUTYPE_LONGLINK:
            following.linkname = nts(buf, tarfile.encoding, tarfile.errors)
        if following.isdir():
            following.name = following.name.removesuffix("/")
        return following

    def _proc_pax(self, tarfile):
        buf = tarfile.fileobj.read(self._block(self.size))
        if self.type == XGLTYPE:
            pax_headers = tarfile.pax_headers
        else:
            pax_headers = tarfile.pax_headers.copy()
        # Records are "LENGTH KEYWORD=VALUE\n"; hdrcharset=BINARY means
        # the values are raw bytes in the archive's encoding.
        encoding = "utf-8"
        if b"hdrcharset=BINARY" in buf:
            encoding = tarfile.encoding
        pos = 0
        while pos < len(buf) and buf[pos] != 0:
            space = buf.find(b" ", pos)
            if space < 0:
                raise InvalidHeaderError("invalid header")
            try:
                length = int(buf[pos:space])
            except ValueError:
                raise InvalidHeaderError("invalid header")
            if length < 1 or pos + length > len(buf):
                raise InvalidHeaderError("invalid header")
            record = buf[space + 1:pos + length - 1]
            keyword, equals, value = record.partition(b"=")
            if not equals:
                raise InvalidHeaderError("invalid header")
            keyword = keyword.decode("utf-8", "surrogateescape")
            if keyword in PAX_NAME_FIELDS:
                value = self._decode_pax_field(value, encoding, tarfile.encoding, tarfile.errors)
            else:
                value = self._decode_pax_field(value, "utf-8", "utf-8", tarfile.errors)
            pax_headers[keyword] = value
            pos += length
        try:
            following = self.fromtarfile(tarfile)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None
        if "GNU.sparse.map" in pax_headers:
            # Sparse format 0.1: "offset,size,offset,size..."
            numbers = [int(x) for x in pax_headers["GNU.sparse.map"].split(",")]
            following.sparse = list(zip(numbers[::2], numbers[1::2]))
        elif "GNU.sparse.offset" in pax_headers:
            # Sparse format 0.0: repeated records, which the dict keeps the
            # last of, so read them again in order.
            offsets = [int(m) for m in _pax_values(buf, b"GNU.sparse.offset")]
            sizes = [int(m) for m in _pax_values(buf, b"GNU.sparse.numbytes")]
            following.sparse = list(zip(offsets, sizes))
        elif pax_headers.get("GNU.sparse.major") == "1" and pax_headers.get("GNU.sparse.minor") == "0":
            # Sparse format 1.0: the map is decimal lines at the start of
            # the data, padded to a block.
            following._sparse_map_in_data = True
        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            following._apply_pax_info(pax_headers, tarfile.encoding, tarfile.errors)
            following.offset = self.offset
            if getattr(following, "_sparse_map_in_data", False):
                following._read_sparse_map(tarfile)
            if "GNU.sparse.name" in pax_headers:
                following.name = pax_headers["GNU.sparse.name"]
            if "GNU.sparse.size" in pax_headers:
                following.size = int(pax_headers["GNU.sparse.size"])
            elif "GNU.sparse.realsize" in pax_headers:
                following.size = int(pax_headers["GNU.sparse.realsize"])
            if "size" in pax_headers:
                offset = following.offset_data
                if following.isreg() or following.type not in SUPPORTED_TYPES:
                    offset += following._block(following.size)
                tarfile.offset = offset
        return following

    def _read_sparse_map(self, tarfile):
        tarfile.fileobj.seek(self.offset_data)
        fields = []
        buf = tarfile.fileobj.read(BLOCKSIZE)
        while True:
            lines = buf.split(b"\n")
            if len(lines) - 1 >= 1 and int(lines[0]) * 2 + 1 <= len(lines) - 1:
                break
            more = tarfile.fileobj.read(BLOCKSIZE)
            if not more:
                raise ReadError("unexpected end of data")
            buf += more
        count = int(lines[0])
        fields = [int(x) for x in lines[1:1 + 2 * count]]
        self.sparse = list(zip(fields[::2], fields[1::2]))
        self.offset_data = tarfile.fileobj.tell()
        del self._sparse_map_in_data

    def _apply_pax_info(self, pax_headers, encoding, errors):
        for keyword, value in pax_headers.items():
            if keyword == "path":
                self.path = value.rstrip("/")
            elif keyword == "linkpath":
                self.linkpath = value
            elif keyword in PAX_FIELDS and keyword in PAX_NUMBER_FIELDS:
                try:
                    value = PAX_NUMBER_FIELDS[keyword](value)
                except ValueError:
                    value = 0
                setattr(self, keyword, value)
            elif keyword in PAX_FIELDS:
                setattr(self, keyword, value)
        self.pax_headers = pax_headers.copy()

    def _decode_pax_field(self, value, encoding, fallback_encoding, fallback_errors):
        try:
            return value.decode(encoding, "strict")
        except UnicodeDecodeError:
            return value.decode(fallback_encoding, fallback_errors)

    def _block(self, count):
        """count rounded up to whole blocks."""
        blocks, remainder = divmod(count, BLOCKSIZE)
        if remainder:
            blocks += 1
        return blocks * BLOCKSIZE

    def isreg(self):
        return self.type in REGULAR_TYPES

    def isfile(self):
        return self.isreg()

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def islnk(self):
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


class _FileInFile:
    """A read-only file object over one member's data in the archive; a
    sparse member's holes read as zeros."""

    def __init__(self, fileobj, offset, size, name, blockinfo=None):
        self.fileobj = fileobj
        self.offset = offset
        self.size = size
        self.position = 0
        self.name = name
        self.closed = False
        if blockinfo is None:
            blockinfo = [(0, size)]
        # (is data, start, stop, where it is stored) for each piece.
        self.map = []
        lastpos = 0
        realpos = offset
        for start, length in blockinfo:
            if start > lastpos:
                self.map.append((False, lastpos, start, None))
            self.map.append((True, start, start + length, realpos))
            realpos += length
            lastpos = start + length
        if lastpos < size:
            self.map.append((False, lastpos, size, None))

    def flush(self):
        pass

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return self.fileobj.seekable()

    def tell(self):
        return self.position

    def seek(self, position, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            self.position = min(max(position, 0), self.size)
        elif whence == io.SEEK_CUR:
            self.position = min(max(self.position + position, 0), self.size)
        elif whence == io.SEEK_END:
            self.position = max(min(self.size + position, self.size), 0)
        else:
            raise ValueError("Invalid argument")
        return self.position

    def read(self, size=None):
        if size is None or size < 0:
            size = self.size - self.position
        else:
            size = min(size, self.size - self.position)
        pieces = []
        while size > 0:
            for is_data, start, stop, realpos in self.map:
                if start <= self.position < stop:
                    break
            else:
                break
            length = min(size, stop - self.position)
            if is_data:
                self.fileobj.seek(realpos + (self.position - start))
                data = self.fileobj.read(length)
                if len(data) != length:
                    raise ReadError("unexpected end of data")
                pieces.append(data)
            else:
                pieces.append(NUL * length)
            size -= length
            self.position += length
        return b"".join(pieces)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def close(self):
        self.closed = True


class ExFileObject(io.BufferedReader):
    """What extractfile() returns: a buffered reader of a member's data."""

    def __init__(self, tarfile, tarinfo):
        fileobj = _FileInFile(tarfile.fileobj, tarinfo.offset_data, tarinfo.size, tarinfo.name, tarinfo.sparse)
        super().__init__(fileobj)


# ----- archives -----

class TarFile:
    """A tar archive, opened for reading ("r"), writing ("w", "x") or
    appending ("a"). Use tarfile.open() for compressed archives."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None, dereference=None,
                 ignore_zeros=None, encoding=None, errors="surrogateescape", pax_headers=None, debug=None,
                 errorlevel=None, copybufsize=None):
        modes = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}
        if mode not in modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = modes[mode]
        if not fileobj:
            if self.mode == "a" and not os.path.exists(name):
                # Appending to a missing archive creates it.
                self.mode = "w"
                self._mode = "wb"
            fileobj = builtins_open(name, self._mode)
            self._extfileobj = False
        else:
            if name is None and hasattr(fileobj, "name") and isinstance(fileobj.name, (str, bytes)):
                name = fileobj.name
            if hasattr(fileobj, "mode"):
                self._mode = fileobj.mode
            self._extfileobj = True
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj
        if format is not None:
            self.format = format
        if tarinfo is not None:
            self.tarinfo = tarinfo
        if dereference is not None:
            self.dereference = dereference
        if ignore_zeros is not None:
            self.ignore_zeros = ignore_zeros
        if encoding is not None:
            self.encoding = encoding
        self.errors = errors
        if pax_headers is not None and self.format == PAX_FORMAT:
            self.pax_headers = pax_headers
        else:
            self.pax_headers = {}
        if debug is not None:
            self.debug = debug
        if errorlevel is not None:
            self.errorlevel = errorlevel
        self.copybufsize = copybufsize
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = self.fileobj.tell()
        self.inodes = {}
        try:
            if self.mode == "r":
                self.firstmember = None
                self.firstmember = self.next()
            if self.mode == "a":
                # Find the end of the archive: the first end-of-file block.
                while True:
                    self.fileobj.seek(self.offset)
                    try:
                        tarinfo = self.tarinfo.fromtarfile(self)
                        self.members.append(tarinfo)
                    except EOFHeaderError:
                        self.fileobj.seek(self.offset)
                        break
                    except HeaderError as e:
                        raise ReadError(str(e)) from None
            if self.mode in ("a", "w", "x"):
                self._loaded = True
                if self.pax_headers:
                    buf = self.tarinfo.create_pax_global_header(self.pax_headers.copy())
                    self.fileobj.write(buf)
                    self.offset += len(buf)
        except BaseException:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    # ----- opening -----

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Opens an archive: mode "r" or "r:*" (any compression), "r:",
        "r:gz", "r:bz2", "w", "w:gz", "w:bz2", "x...", "a", or a stream
        mode "r|gz", "w|bz2"..."""
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if mode in ("r", "r:*"):
            def not_compressed(comptype):
                return cls.OPEN_METH[comptype] == "taropen"
            error_msgs = []
            for comptype in sorted(cls.OPEN_METH, key=not_compressed):
                func = getattr(cls, cls.OPEN_METH[comptype])
                saved_pos = fileobj.tell() if fileobj is not None else None
                try:
                    return func(name, "r", fileobj, **kwargs)
                except (ReadError, CompressionError) as e:
                    error_msgs.append(f"- method {comptype}: {e!r}")
                    if fileobj is not None:
                        fileobj.seek(saved_pos)
                    continue
            raise ReadError("file could not be opened successfully:\n" + "\n".join(error_msgs))
        if ":" in mode:
            filemode, comptype = mode.split(":", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if comptype not in cls.OPEN_METH:
                raise CompressionError("unknown compression type %r" % comptype)
            func = getattr(cls, cls.OPEN_METH[comptype])
            return func(name, filemode, fileobj, **kwargs)
        if "|" in mode:
            filemode, comptype = mode.split("|", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if filemode not in ("r", "w"):
                raise ValueError("mode must be 'r' or 'w'")
            return _stream_open(cls, name, filemode, comptype, fileobj, **kwargs)
        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        if mode not in ("r", "a", "w", "x"):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            from gzip import GzipFile
        except ImportError:
            raise CompressionError("gzip module is not available") from None
        try:
            fileobj = GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if fileobj is not None and mode == "r":
                raise ReadError("not a gzip file") from e
            raise
        return cls._taropen_over(name, mode, fileobj, OSError, "not a gzip file", **kwargs)

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            from bz2 import BZ2File
        except ImportError:
            raise CompressionError("bz2 module is not available") from None
        try:
            fileobj = BZ2File(fileobj or name, mode, compresslevel=compresslevel)
        except (OSError, EOFError) as e:
            if mode == "r":
                raise ReadError("not a bzip2 file") from e
            raise
        return cls._taropen_over(name, mode, fileobj, (OSError, EOFError), "not a bzip2 file", **kwargs)

    @classmethod
    def _taropen_over(cls, name, mode, compressed, read_errors, message, **kwargs):
        """A TarFile over an open (de)compressing stream, which it then
        owns; a stream that cannot be read as one is ReadError(message)."""
        try:
            t = cls.taropen(name, mode, compressed, **kwargs)
        except read_errors as e:
            compressed.close()
            if mode == "r":
                raise ReadError(message) from e
            raise
        except BaseException:
            compressed.close()
            raise
        t._extfileobj = False
        return t

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        raise CompressionError("lzma module is not available")

    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open", "xz": "xzopen"}

    # ----- the members -----

    def close(self):
        """Closes the archive; a written one gets its end-of-archive blocks."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ("a", "w", "x"):
                self.fileobj.write(NUL * (BLOCKSIZE * 2))
                self.offset += BLOCKSIZE * 2
                blocks, remainder = divmod(self.offset, RECORDSIZE)
                if remainder > 0:
                    self.fileobj.write(NUL * (RECORDSIZE - remainder))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def getmember(self, name):
        tarinfo = self._getmember(name.rstrip("/"))
        if tarinfo is None:
            raise KeyError("filename %r not found" % name)
        return tarinfo

    def getmembers(self):
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        return [tarinfo.name for tarinfo in self.getmembers()]

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo for a file on disk (or an open file)."""
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        drive, arcname = os.path.splitdrive(arcname)
        arcname = arcname.replace(os.sep, "/").lstrip("/")
        tarinfo = self.tarinfo()
        tarinfo.tarfile = self
        if fileobj is None:
            statres = os.stat(name) if self.dereference else os.lstat(name)
        else:
            statres = os.fstat(fileobj.fileno())
        linkname = ""
        stmd = statres.st_mode
        if stat.S_ISREG(stmd):
            inode = (statres.st_ino, statres.st_dev)
            if not self.dereference and statres.st_nlink > 1 and inode in self.inodes and arcname != self.inodes[inode]:
                type = LNKTYPE
                linkname = self.inodes[inode]
            else:
                type = REGTYPE
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(stmd):
            type = DIRTYPE
        elif stat.S_ISFIFO(stmd):
            type = FIFOTYPE
        elif stat.S_ISLNK(stmd):
            type = SYMTYPE
            linkname = os.readlink(name)
        elif stat.S_ISCHR(stmd):
            type = CHRTYPE
        elif stat.S_ISBLK(stmd):
            type = BLKTYPE
        else:
            return None
        tarinfo.name = arcname
        tarinfo.mode = stmd
        tarinfo.uid = statres.st_uid
        tarinfo.gid = statres.st_gid
        tarinfo.size = statres.st_size if type == REGTYPE else 0
        tarinfo.mtime = statres.st_mtime
        tarinfo.type = type
        tarinfo.linkname = linkname
        tarinfo.uname = _user_name(tarinfo.uid)
        tarinfo.gname = _group_name(tarinfo.gid)
        if type in (CHRTYPE, BLKTYPE) and hasattr(os, "major"):
            tarinfo.devmajor = os.major(statres.st_rdev)
            tarinfo.devminor = os.minor(statres.st_rdev)
        return tarinfo

    def list(self, verbose=True, *, members=None):
        """Prints the members, as `tar -t` (-v) does; characters the
        output cannot encode are written as backslash escapes."""
        self._check()
        if members is None:
            members = self
        for tarinfo in members:
            if verbose:
                _print_field("??????????" if tarinfo.mode is None else stat.filemode(tarinfo.mode))
                _print_field("%s/%s" % (tarinfo.uname or tarinfo.uid, tarinfo.gname or tarinfo.gid))
                if tarinfo.ischr() or tarinfo.isblk():
                    _print_field("%10s" % ("%d,%d" % (tarinfo.devmajor, tarinfo.devminor)))
                else:
                    _print_field("%10d" % tarinfo.size)
                if tarinfo.mtime is None:
                    _print_field("????-??-?? ??:??:??")
                else:
                    _print_field("%d-%02d-%02d %02d:%02d:%02d" % time.localtime(tarinfo.mtime)[:6])
            _print_field(tarinfo.name + ("/" if tarinfo.isdir() else ""))
            if verbose:
                if tarinfo.issym():
                    _print_field("->")
                    _print_field(tarinfo.linkname)
                if tarinfo.islnk():
                    _print_field("link to")
                    _print_field(tarinfo.linkname)
            print()

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Adds a file, directory (recursively) or link from disk."""
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            return
        tarinfo = self.gettarinfo(name, arcname)
        if tarinfo is None:
            return
        if filter is not None:
            tarinfo = filter(tarinfo)
            if tarinfo is None:
                return
        if tarinfo.isreg():
            with builtins_open(name, "rb") as f:
                self.addfile(tarinfo, f)
        elif tarinfo.isdir():
            self.addfile(tarinfo)
            if recursive:
                for child in sorted(os.listdir(name)):
                    self.add(os.path.join(name, child), os.path.join(arcname, child), recursive, filter=filter)
        else:
            self.addfile(tarinfo)

    def addfile(self, tarinfo, fileobj=None):
        """Adds a member: its header, then tarinfo.size bytes of fileobj."""
        self._check("awx")
        tarinfo = copy.copy(tarinfo)
        buf = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(buf)
        self.offset += len(buf)
        bufsize = self.copybufsize
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size, bufsize=bufsize)
            blocks, remainder = divmod(tarinfo.size, BLOCKSIZE)
            if remainder > 0:
                self.fileobj.write(NUL * (BLOCKSIZE - remainder))
                blocks += 1
            self.offset += blocks * BLOCKSIZE
        self.members.append(tarinfo)

    # ----- extracting -----

    def _get_filter_function(self, filter):
        if filter is None:
            filter = self.extraction_filter
            if filter is None:
                return fully_trusted_filter
            if isinstance(filter, str):
                raise TypeError("String names are not supported for TarFile.extraction_filter. "
                                "Use a function such as tarfile.data_filter directly.")
            return filter
        if callable(filter):
            return filter
        try:
            return _NAMED_FILTERS[filter]
        except KeyError:
            raise ValueError(f"filter {filter!r} not found") from None

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        """Extracts every member (or `members`) under `path`; directories'
        times and modes are set last."""
        directories = []
        filter_function = self._get_filter_function(filter)
        if members is None:
            members = self
        for member in members:
            tarinfo = self._get_extract_tarinfo(member, filter_function, path)
            if tarinfo is None:
                continue
            if tarinfo.isdir():
                directories.append(tarinfo)
            self._extract_one(tarinfo, path, set_attrs=not tarinfo.isdir(), numeric_owner=numeric_owner)
        directories.sort(key=lambda a: a.name, reverse=True)
        for tarinfo in directories:
            dirpath = os.path.join(path, tarinfo.name)
            try:
                self.chown(tarinfo, dirpath, numeric_owner=numeric_owner)
                self.utime(tarinfo, dirpath)
                self.chmod(tarinfo, dirpath)
            except ExtractError as e:
                self._handle_nonfatal_error(e)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False, filter=None):
        filter_function = self._get_filter_function(filter)
        tarinfo = self._get_extract_tarinfo(member, filter_function, path)
        if tarinfo is not None:
            self._extract_one(tarinfo, path, set_attrs, numeric_owner)

    def _get_extract_tarinfo(self, member, filter_function, path):
        if isinstance(member, str):
            unfiltered = self.getmember(member)
        else:
            unfiltered = member
        filtered = None
        try:
            filtered = filter_function(unfiltered, path)
        except (OSError, FilterError) as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)
        if filtered is None:
            self._dbg(2, "tarfile: Excluded %r" % unfiltered.name)
            return None
        if filtered.islnk():
            filtered = copy.copy(filtered)
            filtered._link_target = os.path.join(path, filtered.linkname)
        return filtered

    def _extract_one(self, tarinfo, path, set_attrs, numeric_owner):
        self._check("r")
        try:
            self._extract_member(tarinfo, os.path.join(path, tarinfo.name), set_attrs=set_attrs,
                                 numeric_owner=numeric_owner)
        except OSError as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)

    def _handle_nonfatal_error(self, e):
        if self.errorlevel > 1:
            raise
        self._dbg(1, "tarfile: %s" % e)

    def _handle_fatal_error(self, e):
        if self.errorlevel > 0:
            raise
        if isinstance(e, OSError):
            if e.filename is None:
                self._dbg(1, "tarfile: %s" % e.strerror)
            else:
                self._dbg(1, "tarfile: %s %r" % (e.strerror, e.filename))
        else:
            self._dbg(1, "tarfile: %s %s" % (type(e).__name__, e))

    def extractfile(self, member):
        """A file object reading a regular member's data (None for other
        kinds; a link's target is read)."""
        self._check("r")
        tarinfo = self.getmember(member) if isinstance(member, str) else member
        if tarinfo.isreg() or tarinfo.type not in SUPPORTED_TYPES:
            return self.fileobject(self, tarinfo)
        if tarinfo.islnk() or tarinfo.issym():
            if isinstance(self.fileobj, _Stream):
                raise StreamError("cannot extract (sym)link as file object")
            return self.extractfile(self._find_link_target(tarinfo))
        return None

    def _extract_member(self, tarinfo, targetpath, set_attrs=True, numeric_owner=False):
        targetpath = targetpath.rstrip("/").replace("/", os.sep)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        self._dbg(1, tarinfo.name + ("/" if tarinfo.isdir() else ""))
        if tarinfo.isreg():
            self.makefile(tarinfo, targetpath)
        elif tarinfo.isdir():
            self.makedir(tarinfo, targetpath)
        elif tarinfo.isfifo():
            self.makefifo(tarinfo, targetpath)
        elif tarinfo.ischr() or tarinfo.isblk():
            self.makedev(tarinfo, targetpath)
        elif tarinfo.islnk() or tarinfo.issym():
            self.makelink(tarinfo, targetpath)
        elif tarinfo.type not in SUPPORTED_TYPES:
            self.makeunknown(tarinfo, targetpath)
        else:
            self.makefile(tarinfo, targetpath)
        if set_attrs:
            self.chown(tarinfo, targetpath, numeric_owner)
            if not tarinfo.issym():
                self.chmod(tarinfo, targetpath)
                self.utime(tarinfo, targetpath)

    def makedir(self, tarinfo, targetpath):
        try:
            if tarinfo.mode is None:
                os.mkdir(targetpath)
            else:
                os.mkdir(targetpath, 0o700)
        except FileExistsError:
            if not os.path.isdir(targetpath):
                raise

    def makefile(self, tarinfo, targetpath):
        source = self.fileobj
        source.seek(tarinfo.offset_data)
        with builtins_open(targetpath, "wb") as target:
            if tarinfo.sparse is not None:
                for offset, size in tarinfo.sparse:
                    target.seek(offset)
                    copyfileobj(source, target, size, ReadError, self.copybufsize)
                target.seek(tarinfo.size)
                target.truncate()
            else:
                copyfileobj(source, target, tarinfo.size, ReadError, self.copybufsize)

    def makeunknown(self, tarinfo, targetpath):
        self.makefile(tarinfo, targetpath)
        self._dbg(1, "tarfile: Unknown file type %r, extracted as regular file." % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        os.mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        raise ExtractError("special devices are not supported by ferropy")

    def makelink(self, tarinfo, targetpath):
        try:
            if tarinfo.issym():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
            else:
                if os.path.exists(tarinfo._link_target):
                    os.link(tarinfo._link_target, targetpath)
                else:
                    self._extract_member(self._find_link_target(tarinfo), targetpath)
        except (OSError, NotImplementedError):
            try:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
            except KeyError:
                raise ExtractError("unable to resolve link inside archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        """Sets the owner when running as root (by name unless
        numeric_owner, falling back to the ids)."""
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            return
        g = tarinfo.gid
        u = tarinfo.uid
        if g is None and u is None:
            return
        try:
            if tarinfo.issym():
                os.lchown(targetpath, -1 if u is None else u, -1 if g is None else g)
            else:
                os.chown(targetpath, -1 if u is None else u, -1 if g is None else g)
        except OSError as e:
            raise ExtractError("could not change owner") from e

    def chmod(self, tarinfo, targetpath):
        if tarinfo.mode is None:
            return
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as e:
            raise ExtractError("could not change mode") from e

    def utime(self, tarinfo, targetpath):
        mtime = tarinfo.mtime
        if mtime is None:
            return
        try:
            os.utime(targetpath, (mtime, mtime))
        except OSError as e:
            raise ExtractError("could not change modification time") from e

    # ----- reading headers -----

    def next(self):
        """The next member (None at the end of the archive)."""
        self._check("ra")
        if self.firstmember is not None:
            m = self.firstmember
            self.firstmember = None
            return m
        if self.offset != self.fileobj.tell():
            if self.offset == 0:
                return None
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError("unexpected end of data")
        tarinfo = None
        while True:
            try:
                tarinfo = self.tarinfo.fromtarfile(self)
            except EOFHeaderError as e:
                if self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
            except InvalidHeaderError as e:
                if self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
                elif self.offset == 0:
                    raise ReadError(str(e)) from None
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file") from None
            except TruncatedHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e)) from None
            except SubsequentHeaderError as e:
                raise ReadError(str(e)) from None
            except Exception as e:
                try:
                    import zlib
                    if isinstance(e, zlib.error):
                        raise ReadError(f"zlib error: {e}") from None
                except ImportError:
                    pass
                raise
            break
        if tarinfo is not None:
            self.members.append(tarinfo)
        else:
            self._loaded = True
        return tarinfo

    def _getmember(self, name, tarinfo=None, normalize=False):
        members = self.getmembers()
        skipping = False
        if tarinfo is not None:
            try:
                index = members.index(tarinfo)
            except ValueError:
                skipping = True
            else:
                members = members[:index]
        if normalize:
            name = os.path.normpath(name)
        for member in reversed(members):
            if skipping:
                if tarinfo.offset == member.offset:
                    skipping = False
                continue
            member_name = os.path.normpath(member.name) if normalize else member.name
            if name == member_name:
                return member
        if skipping:
            raise ValueError(tarinfo)
        return None

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % self.__class__.__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            linkname = "/".join(filter(None, (os.path.dirname(tarinfo.name), tarinfo.linkname)))
            limit = None
        else:
            linkname = tarinfo.linkname
            limit = tarinfo
        member = self._getmember(linkname, tarinfo=limit, normalize=True)
        if member is None:
            raise KeyError("linkname %r not found" % linkname)
        return member

    def __iter__(self):
        if self._loaded:
            yield from self.members
            return
        index = 0
        if self.firstmember is not None:
            tarinfo = self.next()
            index += 1
            yield tarinfo
        while True:
            if index < len(self.members):
                tarinfo = self.members[index]
            elif not self._loaded:
                tarinfo = self.next()
                if not tarinfo:
                    self._loaded = True
                    return
            else:
                return
            index += 1
            yield tarinfo

    def _dbg(self, level, msg):
        if level <= self.debug:
            print(msg, file=sys.stderr)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
        else:
            # An exception: the archive is not finished off with its
            # end-of-archive blocks, as CPython's.
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True


class _Stream:
    """A whole compressed stream read into (or written from) memory, for
    the "r|gz"-style modes over files that cannot seek."""

    def __init__(self, name, mode, comptype, fileobj, bufsize=RECORDSIZE, compresslevel=9):
        self.name = name or ""
        self.mode = mode
        self.comptype = comptype
        self._ext = fileobj is not None
        self.fileobj = fileobj if fileobj is not None else builtins_open(name, mode + "b")
        self.compresslevel = compresslevel
        self.buffer = io.BytesIO()
        if mode == "r":
            data = self.fileobj.read()
            if comptype == "*":
                comptype = "gz" if data[:2] == b"\037\213" else "bz2" if data[:3] == b"BZh" else "tar"
            self.buffer = io.BytesIO(self._decompress(data, comptype))
        self.comptype = comptype

    def _decompress(self, data, comptype):
        if comptype == "gz":
            import gzip
            try:
                return gzip.decompress(data)
            except OSError as e:
                raise ReadError("not a gzip file") from e
        if comptype == "bz2":
            import bz2
            try:
                return bz2.decompress(data)
            except OSError as e:
                raise ReadError("not a bzip2 file") from e
        if comptype == "xz":
            raise CompressionError("lzma module is not available")
        if comptype == "tar":
            return data
        raise CompressionError("unknown compression type %r" % comptype)

    def read(self, size=-1):
        return self.buffer.read(size)

    def write(self, data):
        return self.buffer.write(data)

    def tell(self):
        return self.buffer.tell()

    def seek(self, pos, whence=0):
        return self.buffer.seek(pos, whence)

    def seekable(self):
        return True

    def close(self):
        if self.mode == "w":
            data = self.buffer.getvalue()
            if self.comptype == "gz":
                import gzip
                data = gzip.compress(data, self.compresslevel)
            elif self.comptype == "bz2":
                import bz2
                data = bz2.compress(data, self.compresslevel)
            elif self.comptype == "xz":
                raise CompressionError("lzma module is not available")
            self.fileobj.write(data)
        if not self._ext:
            self.fileobj.close()


def _stream_open(cls, name, mode, comptype, fileobj, bufsize=RECORDSIZE, **kwargs):
    compresslevel = kwargs.pop("compresslevel", 9)
    stream = _Stream(name, mode, comptype, fileobj, bufsize, compresslevel)
    try:
        t = cls(name, mode, stream, **kwargs)
    except BaseException:
        stream.close()
        raise
    t._extfileobj = False
    return t


def _user_name(uid):
    try:
        import pwd
        return pwd.getpwuid(uid)[0]
    except (ImportError, KeyError):
        return ""


def _group_name(gid):
    try:
        import grp
        return grp.getgrgid(gid)[0]
    except (ImportError, KeyError):
        return ""


builtins_open = open


def _print_field(text):
    encoding = getattr(sys.stdout, "encoding", None)
    if encoding is not None:
        text = text.encode(encoding, "backslashreplace").decode(encoding)
    print(text, end=" ")


def is_tarfile(name):
    """Whether a file (or file object) is a tar archive this module reads."""
    try:
        if hasattr(name, "read"):
            pos = name.tell()
            t = open(fileobj=name)
            name.seek(pos)
        else:
            t = open(name)
        t.close()
        return True
    except TarError:
        return False


open = TarFile.open


def main():
    import argparse

    description = "A simple command-line interface for tarfile module."
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("-v", "--verbose", action="store_true", default=False, help="Verbose output")
    parser.add_argument("--filter", metavar="<filtername>", choices=_NAMED_FILTERS,
                        help="Filter for extraction")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("-l", "--list", metavar="<tarfile>", help="Show listing of a tarfile")
    group.add_argument("-e", "--extract", nargs="+", metavar=("<tarfile>", "<output_dir>"),
                       help="Extract tarfile into target dir")
    group.add_argument("-c", "--create", nargs="+", metavar=("<name>", "<file>"),
                       help="Create tarfile from sources")
    group.add_argument("-t", "--test", metavar="<tarfile>", help="Test if a tarfile is valid")
    args = parser.parse_args()
    if args.filter and args.extract is None:
        parser.exit(1, "--filter is only valid for extraction\n")
    if args.test is not None:
        src = args.test
        if is_tarfile(src):
            with open(src, "r") as tar:
                tar.getmembers()
                print(tar.getmembers(), file=sys.stderr)
            if args.verbose:
                print("{!r} is a tar archive.".format(src))
        else:
            parser.exit(1, "{!r} is not a tar archive.\n".format(src))
    elif args.list is not None:
        src = args.list
        if is_tarfile(src):
            with TarFile.open(src, "r:*") as tf:
                tf.list(verbose=args.verbose)
        else:
            parser.exit(1, "{!r} is not a tar archive.\n".format(src))
    elif args.extract is not None:
        if len(args.extract) == 1:
            src = args.extract[0]
            curdir = os.curdir
        elif len(args.extract) == 2:
            src, curdir = args.extract
        else:
            parser.exit(1, parser.format_help())
        if is_tarfile(src):
            with TarFile.open(src, "r:*") as tf:
                tf.extractall(path=curdir, filter=args.filter)
            if args.verbose:
                if curdir == ".":
                    msg = "{!r} file is extracted.".format(src)
                else:
                    msg = "{!r} file is extracted into {!r} directory.".format(src, curdir)
                print(msg)
        else:
            parser.exit(1, "{!r} is not a tar archive.\n".format(src))
    elif args.create is not None:
        tar_name = args.create.pop(0)
        _, ext = os.path.splitext(tar_name)
        compressions = {".gz": "gz", ".tgz": "gz", ".xz": "xz", ".txz": "xz", ".bz2": "bz2", ".tbz": "bz2",
                        ".tbz2": "bz2", ".tb2": "bz2"}
        tar_mode = "w:" + compressions[ext] if ext in compressions else "w"
        tar_files = args.create
        with TarFile.open(tar_name, tar_mode) as tf:
            for file_name in tar_files:
                tf.add(file_name)
        if args.verbose:
            print("{!r} file created.".format(tar_name))


if __name__ == "__main__":
    main()

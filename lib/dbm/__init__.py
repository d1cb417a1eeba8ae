"""dbm: a generic interface to key-value database files. ferropy has the
pure-Python dbm.dumb; files written by gdbm or ndbm are recognised and
refused with an error naming the missing module."""

__all__ = ["open", "whichdb", "error"]

import io
import os
import struct
import sys


class error(Exception):
    pass


_names = ["dbm.gnu", "dbm.ndbm", "dbm.dumb"]
_defaultmod = None
_modules = {}

error = (error, OSError)


def open(file, flag="r", mode=0o666):
    """Opens (or with 'c'/'n' creates) a database file, choosing the module
    from the file's format."""
    global _defaultmod
    if _defaultmod is None:
        for name in _names:
            try:
                mod = __import__(name, fromlist=["open"])
            except ImportError:
                continue
            if not _defaultmod:
                _defaultmod = mod
            _modules[name] = mod
        if not _defaultmod:
            raise ImportError(f"no dbm clone found; tried {_names}")
    result = whichdb(file) if "n" not in flag else None
    if result is None:
        if "c" in flag or "n" in flag:
            mod = _defaultmod
        else:
            raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
    elif result == "":
        raise error[0]("db type could not be determined")
    elif result not in _modules:
        raise error[0](f"db type is {result}, but the module is not available")
    else:
        mod = _modules[result]
    return mod.open(file, flag, mode)


def whichdb(filename):
    """'dbm.gnu', 'dbm.ndbm' or 'dbm.dumb' for the format of a database;
    '' when unrecognised, None when there is no such file."""
    filename = os.fsencode(filename)
    filename = os.fsdecode(filename)
    try:
        f = io.open(filename + ".pag", "rb")
        f.close()
        f = io.open(filename + ".dir", "rb")
        f.close()
        return "dbm.ndbm"
    except OSError:
        try:
            f = io.open(filename + ".db", "rb")
            f.close()
            return "dbm.ndbm"
        except OSError:
            pass
    try:
        os.stat(filename + ".dat")
        size = os.stat(filename + ".dir").st_size
        if size == 0:
            return "dbm.dumb"
        f = io.open(filename + ".dir", "rb")
        try:
            if f.read(1) in (b"'", b'"'):
                return "dbm.dumb"
        finally:
            f.close()
    except OSError:
        pass
    try:
        f = io.open(filename, "rb")
    except OSError:
        return None
    with f:
        s16 = f.read(16)
    s = s16[0:4]
    if len(s) != 4:
        return ""
    try:
        (magic,) = struct.unpack("=l", s)
    except struct.error:
        return ""
    if magic in (0x13579ace, 0x13579acd, 0x13579acf):
        return "dbm.gnu"
    try:
        (magic,) = struct.unpack("=l", s16[-4:])
    except struct.error:
        return ""
    return ""


if __name__ == "__main__":
    for filename in sys.argv[1:]:
        print(whichdb(filename) or "UNKNOWN", filename)

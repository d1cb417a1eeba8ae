"""High-level file operations: copying files and trees, removing trees,
moving, finding programs (which), terminal size."""

import fnmatch
import os
import stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree", "move", "rmtree",
           "Error", "SpecialFileError", "ExecError", "make_archive", "get_archive_formats",
           "register_archive_format", "unregister_archive_format", "get_unpack_formats",
           "register_unpack_format", "unregister_unpack_format", "unpack_archive", "ignore_patterns",
           "chown", "which", "get_terminal_size", "SameFileError", "disk_usage"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    pass


class ExecError(OSError):
    pass


class ReadError(OSError):
    pass


class RegistryError(Exception):
    pass


def copyfileobj(fsrc, fdst, length=0):
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        a, b = os.stat(src), os.stat(dst)
    except OSError:
        return False
    return a.st_ino == b.st_ino and a.st_dev == b.st_dev


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of src to dst; returns dst."""
    sys.audit("shutil.copyfile", src, dst)
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, "rb") as fsrc:
        try:
            with open(dst, "wb") as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            if not os.path.exists(dst):
                raise FileNotFoundError(f"Directory does not exist: {dst}") from e
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    st = os.stat(src) if follow_symlinks else os.lstat(src)
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    st = os.stat(src) if follow_symlinks else os.lstat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def _copy_with(src, dst, follow_symlinks, copy_metadata):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copy_metadata(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copies the data and the permission bits."""
    return _copy_with(src, dst, follow_symlinks, copymode)


def copy2(src, dst, *, follow_symlinks=True):
    """Copies the data, the permission bits and the times."""
    return _copy_with(src, dst, follow_symlinks, copystat)


def ignore_patterns(*patterns):
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    """Copies a directory tree; errors are collected and raised together
    as shutil.Error at the end."""
    names = os.listdir(src)
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.islink(srcname):
                linkto = os.readlink(srcname)
                if symlinks:
                    os.symlink(linkto, dstname)
                    continue
                if not os.path.exists(linkto if os.path.isabs(linkto) else os.path.join(src, linkto)) \
                        and ignore_dangling_symlinks:
                    continue
            if os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function, ignore_dangling_symlinks,
                         dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Removes a directory and everything in it."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        st = os.lstat(path)
    except OSError:
        onerror(os.lstat, path, sys.exc_info())
        return
    try:
        if stat.S_ISLNK(st.st_mode):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.listdir, path, sys.exc_info())
        names = []
    for name in names:
        fullname = os.path.join(path, name)
        try:
            is_dir = stat.S_ISDIR(os.lstat(fullname).st_mode)
        except OSError:
            is_dir = False
        if is_dir:
            rmtree(fullname, ignore_errors, onerror)
        else:
            try:
                os.unlink(fullname)
            except OSError:
                onerror(os.unlink, fullname, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


rmtree.avoids_symlink_attacks = False


def _basename(path):
    path = os.fspath(path)
    sep = os.path.sep + (os.path.altsep or "")
    return os.path.basename(path.rstrip(sep))


def move(src, dst, copy_function=copy2):
    """Moves a file or directory (renaming where possible); returns the
    destination."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return real_dst
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            os.symlink(os.readlink(src), real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program `cmd` as the shell would find it, or None."""
    def usable(fn):
        return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)
    if os.path.dirname(cmd):
        return cmd if usable(cmd) else None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    seen = set()
    for directory in path.split(os.pathsep):
        normdir = os.path.normcase(directory)
        if normdir not in seen:
            seen.add(normdir)
            name = os.path.join(directory, cmd)
            if usable(name):
                return name
    return None


def get_terminal_size(fallback=(80, 24)):
    """os.terminal_size(columns, lines): COLUMNS and LINES if set, else
    the terminal's size on standard output, else `fallback`."""
    import os as _os
    try:
        columns = int(_os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(_os.environ["LINES"])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = _os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = _os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return _os.terminal_size((columns, lines))


def disk_usage(path):
    raise NotImplementedError("shutil.disk_usage is not supported by ferropy yet")


def chown(path, user=None, group=None):
    raise NotImplementedError("shutil.chown is not supported by ferropy yet")


def _no_archives(*args, **kwargs):
    raise NotImplementedError("shutil archive functions are not supported by ferropy yet")


make_archive = unpack_archive = get_archive_formats = get_unpack_formats = _no_archives
register_archive_format = unregister_archive_format = _no_archives
register_unpack_format = unregister_unpack_format = _no_archives

"""Path operations that ask only os.stat, shared by the os.path modules
(posixpath on this system): exists, isfile, isdir, sizes and times,
commonprefix, and whether two paths or files are the same."""

import stat

__all__ = ["commonprefix", "exists", "getatime", "getctime", "getmtime", "getsize", "isdir", "isfile", "samefile",
           "sameopenfile", "samestat"]


def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode_test(path, test, follow=True):
    try:
        st = os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return False
    return test(st.st_mode)


def isdir(s):
    return _mode_test(s, stat.S_ISDIR)


def isfile(path):
    return _mode_test(path, stat.S_ISREG)


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def samestat(s1, s2):
    """Whether two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths name the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two open file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


# Imported last: os imports posixpath, which imports this module, so when
# a program imports genericpath first, its functions must exist already.
import os  # noqa: E402


def _splitext(p, sep, altsep, extsep):
    """(root, extension) of a path: the extension runs from the last
    `extsep` of the last component (after `sep` or `altsep`); leading
    dots of a file name do not start one. Shared by posixpath and
    ntpath."""
    sep_index = p.rfind(sep)
    if altsep:
        sep_index = max(sep_index, p.rfind(altsep))
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        name_index = sep_index + 1
        while name_index < dot_index:
            if p[name_index:name_index + 1] != extsep:
                return p[:dot_index], p[dot_index:]
            name_index += 1
    return p, p[:0]


def _check_arg_types(funcname, *args):
    """Raise the TypeError a path function gives for arguments that are
    not all str or all bytes."""
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f"{funcname}() argument must be str, bytes, or os.PathLike object, "
                            f"not {s.__class__.__name__!r}") from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None

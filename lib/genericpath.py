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

"""Path operations for POSIX systems: what `os.path` is on Linux.

Pure string operations (join, split, normpath, ...) work on str or bytes
alike; the rest ask the file system through `os`.
"""

import os
import stat as _stat
import genericpath

from genericpath import (_mode_test, commonprefix, exists, getatime, getctime, getmtime, getsize, isdir, isfile,
                         samefile, sameopenfile, samestat)

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
           "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime",
           "islink", "exists", "lexists", "isdir", "isfile", "ismount", "expanduser",
           "expandvars", "normpath", "abspath", "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep", "devnull",
           "realpath", "supports_unicode_filenames", "relpath", "commonpath"]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False


def _sep(p):
    return b"/" if isinstance(p, bytes) else "/"


def _check_types(funcname, *args):
    genericpath._check_arg_types(funcname, *args)


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    a = os.fspath(a)
    sep = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(os.fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_types("join", a, *p)
        raise
    return path


def split(p):
    p = os.fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        return genericpath._splitext(p, b"/", None, b".")
    return genericpath._splitext(p, "/", None, ".")


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    p = os.fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(os.fspath, paths))
    sep = _sep(paths[0])
    curdir = b"." if isinstance(paths[0], bytes) else "."
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_types("commonpath", *paths)
        raise


def normpath(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b"/", b"", b".", b".."
    else:
        sep, empty, dot, dotdot = "/", "", ".", ".."
    if path == empty:
        return dot
    initial_slashes = 1 if path.startswith(sep) else 0
    # POSIX keeps exactly two leading slashes (their meaning is
    # implementation-defined), but folds three or more into one.
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    new_comps = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == dotdot):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep.join(new_comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The path with symbolic links resolved, made absolute."""
    filename = os.fspath(filename)
    sep = _sep(filename)
    pending = [c for c in abspath(filename).split(sep) if c]
    pending.reverse()
    resolved = sep
    seen = {}
    while pending:
        name = pending.pop()
        if name == (b".." if isinstance(name, bytes) else ".."):
            resolved = dirname(resolved)
            continue
        candidate = join(resolved, name)
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            resolved = candidate
            continue
        if not _stat.S_ISLNK(st.st_mode):
            resolved = candidate
            continue
        if candidate in seen:
            if strict:
                os.stat(candidate)
            resolved = join(candidate, *reversed(pending)) if pending else candidate
            break
        seen[candidate] = True
        target = os.readlink(candidate)
        parts = [c for c in target.split(sep) if c]
        if target.startswith(sep):
            resolved = sep
        pending.extend(reversed(parts))
    return resolved


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if isinstance(path, bytes):
        curdir, sep, pardir = b".", b"/", b".."
    else:
        curdir, sep, pardir = ".", "/", ".."
    start = curdir if start is None else os.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_types("relpath", path, start)
        raise


def expanduser(path):
    path = os.fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if "HOME" in os.environ:
            userhome = os.environ["HOME"]
        else:
            try:
                import pwd
                userhome = pwd.getpwuid(os.getuid()).pw_dir
            except (ImportError, KeyError):
                # No home directory for this user: the path as it is.
                return path
    else:
        # ~name: that user's home, from the password database.
        try:
            import pwd
        except ImportError:
            return path
        name = path[1:i]
        if isinstance(name, bytes):
            name = os.fsdecode(name)
        try:
            userhome = pwd.getpwnam(name).pw_dir
        except KeyError:
            return path
    if isinstance(path, bytes):
        userhome = os.fsencode(userhome)
    root = b"/" if isinstance(path, bytes) else "/"
    userhome = userhome.rstrip(root)
    return (userhome + path[i:]) or root


def expandvars(path):
    """$name and ${name} replaced by environment variables that exist."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    text = path.decode("utf-8", "surrogateescape") if is_bytes else path
    if "$" not in text:
        return path
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch != "$":
            out.append(ch)
            i += 1
            continue
        if text.startswith("{", i + 1):
            end = text.find("}", i + 2)
            if end < 0:
                out.append(text[i:])
                break
            name = text[i + 2:end]
            raw = text[i:end + 1]
            i = end + 1
        else:
            j = i + 1
            while j < n and (text[j].isascii() and (text[j].isalnum() or text[j] == "_")):
                j += 1
            name = text[i + 1:j]
            raw = text[i:j]
            if not name:
                out.append("$")
                i += 1
                continue
            i = j
        out.append(os.environ.get(name, raw))
    result = "".join(out)
    return result.encode("utf-8", "surrogateescape") if is_bytes else result


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def islink(path):
    return _mode_test(path, _stat.S_ISLNK, follow=False)


def ismount(path):
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if _stat.S_ISLNK(s1.st_mode):
        return False
    parent = join(path, b".." if isinstance(path, bytes) else "..")
    try:
        s2 = os.lstat(realpath(parent))
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino

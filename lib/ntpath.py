"""Windows path names, on any system: what os.path is on Windows.

Programs import it to handle Windows paths from POSIX (installers,
archive tools, pkg_resources). Drives ("C:"), UNC shares
("\\\\server\\share"), both slashes, and case-insensitive comparison are
handled as Windows does; functions that would ask the file system
(exists, isdir, getsize ...) ask this system's, as CPython's do.
"""

import os
import genericpath
from genericpath import *
# Questions to the file system go to this system's, as posixpath asks them.
from posixpath import islink, lexists

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename", "dirname", "commonprefix",
           "getsize", "getmtime", "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath", "curdir", "pardir", "sep", "pathsep",
           "defpath", "altsep", "extsep", "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "samefile", "sameopenfile", "samestat", "commonpath"]

curdir = "."
pardir = ".."
extsep = "."
sep = "\\"
pathsep = ";"
altsep = "/"
defpath = ".;C:\\bin"
devnull = "nul"
supports_unicode_filenames = True


def _parts(path):
    """The separators and markers for `path`'s type (str or bytes)."""
    if isinstance(path, bytes):
        return b"\\", b"/", b":", b"."
    return "\\", "/", ":", "."


def normcase(s):
    """Lower case, and forward slashes made backslashes."""
    s = os.fspath(s)
    if isinstance(s, bytes):
        return s.replace(b"/", b"\\").lower()
    if not isinstance(s, str):
        raise TypeError(f"normcase() argument must be str or bytes, not '{s.__class__.__name__}'")
    return s.replace("/", "\\").lower()


def isabs(s):
    """Whether a path is absolute: a root after any drive (a UNC share
    counts as a drive), or a \\\\?\\ path."""
    s = os.fspath(s)
    if isinstance(s, bytes):
        sep_, altsep_, colon_sep = b"\\", b"/", b":\\"
        special = b"\\\\?\\"
    else:
        sep_, altsep_, colon_sep = "\\", "/", ":\\"
        special = "\\\\?\\"
    s = s[:3].replace(altsep_, sep_)
    if s.startswith(special) or s.startswith(sep_):
        return True
    return s[1:3] == colon_sep


def splitdrive(p):
    """(drive or UNC share, the rest): 'c:\\dir' gives ('c:', '\\dir'),
    '//host/share/dir' gives ('//host/share', '/dir')."""
    p = os.fspath(p)
    if len(p) >= 2:
        sep_, altsep_, colon, _ = _parts(p)
        normp = p.replace(altsep_, sep_)
        if normp[0:2] == sep_ * 2:
            # A UNC path: \\server\share (the \\?\UNC\ prefix too).
            if isinstance(p, bytes):
                unc_prefix = b"\\\\?\\UNC\\"
            else:
                unc_prefix = "\\\\?\\UNC\\"
            start = 8 if normp[:8].upper() == unc_prefix else 2
            index = normp.find(sep_, start)
            if index == -1:
                return p[:0], p
            index2 = normp.find(sep_, index + 1)
            if index2 == -1:
                index2 = len(p)
            return p[:index2], p[index2:]
        if normp[1:2] == colon:
            return p[:2], p[2:]
    return p[:0], p


def join(path, *paths):
    """Join path parts: a part with a root or a drive starts over (keeping
    the drive when only the root is new)."""
    path = os.fspath(path)
    sep_, seps, colon = ("\\", "\\/", ":") if isinstance(path, str) else (b"\\", b"\\/", b":")
    try:
        if not paths:
            path[:0] + sep_
        result_drive, result_path = splitdrive(path)
        for p in map(os.fspath, paths):
            p_drive, p_path = splitdrive(p)
            if p_path and p_path[0] in seps:
                if p_drive or not result_drive:
                    result_drive = p_drive
                result_path = p_path
                continue
            elif p_drive and p_drive != result_drive:
                if p_drive.lower() != result_drive.lower():
                    result_drive = p_drive
                    result_path = p_path
                    continue
                result_drive = p_drive
            if result_path and result_path[-1] not in seps:
                result_path = result_path + sep_
            result_path = result_path + p_path
        if (result_path and result_path[0] not in seps and result_drive and result_drive[-1:] != colon):
            return result_drive + sep_ + result_path
        return result_drive + result_path
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types("join", path, *paths)
        raise


def split(p):
    """(head, tail): tail is what follows the last slash."""
    p = os.fspath(p)
    seps = "\\/" if isinstance(p, str) else b"\\/"
    d, p = splitdrive(p)
    i = len(p)
    while i and p[i - 1] not in seps:
        i -= 1
    head, tail = p[:i], p[i:]
    head = head.rstrip(seps) or head
    return d + head, tail


def splitext(p):
    """(root, extension), the extension from the last dot of the last
    part (a leading dot does not count)."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        return genericpath._splitext(p, b"\\", b"/", b".")
    return genericpath._splitext(p, "\\", "/", ".")



def basename(p):
    """The final component of a path."""
    return split(p)[1]


def dirname(p):
    """All but the final component of a path."""
    return split(p)[0]


def ismount(path):
    """Whether the path is a drive's root or a UNC share's."""
    path = os.fspath(path)
    seps = "\\/" if isinstance(path, str) else b"\\/"
    path = abspath(path)
    root, rest = splitdrive(path)
    if root and root[0] in seps:
        return (not rest) or (rest in seps)
    return rest in seps


def expanduser(path):
    """~ and ~user from USERPROFILE, or HOMEDRIVE and HOMEPATH."""
    path = os.fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    i, n = 1, len(path)
    seps = "\\/" if isinstance(path, str) else b"\\/"
    while i < n and path[i] not in seps:
        i += 1
    if "USERPROFILE" in os.environ:
        userhome = os.environ["USERPROFILE"]
    elif "HOMEPATH" not in os.environ:
        return path
    else:
        drive = os.environ.get("HOMEDRIVE", "")
        userhome = join(drive, os.environ["HOMEPATH"])
    if i != 1:
        target_user = path[1:i]
        if isinstance(target_user, bytes):
            target_user = os.fsdecode(target_user)
        current_user = os.environ.get("USERNAME")
        if target_user != current_user:
            if current_user != basename(userhome):
                return path
            userhome = join(dirname(userhome), target_user)
    if isinstance(path, bytes):
        userhome = os.fsencode(userhome)
    return userhome + path[i:]


def expandvars(path):
    """$var, ${var} and %var% from the environment; unknown ones and
    text in single quotes stay as they are."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b"$" not in path and b"%" not in path:
            return path
        text = path.decode("latin-1")
        return _expandvars(text, lambda name: os.environb.get(name.encode("latin-1"), None)
                           if hasattr(os, "environb") else None, bytes_mode=True).encode("latin-1")
    if "$" not in path and "%" not in path:
        return path
    return _expandvars(path, lambda name: os.environ.get(name), bytes_mode=False)


def _expandvars(path, lookup, bytes_mode):
    import string
    varchars = string.ascii_letters + string.digits + "_-"

    def value_of(name):
        value = lookup(name)
        if value is None:
            return None
        return value.decode("latin-1") if bytes_mode else value

    res = []
    index = 0
    pathlen = len(path)
    while index < pathlen:
        c = path[index]
        if c == "'":
            path = path[index + 1:]
            pathlen = len(path)
            try:
                index = path.index("'")
                res.append("'" + path[:index + 1])
            except ValueError:
                res.append(c + path)
                index = pathlen - 1
        elif c == "%":
            if path[index + 1:index + 2] == "%":
                res.append(c)
                index += 1
            else:
                path = path[index + 1:]
                pathlen = len(path)
                try:
                    index = path.index("%")
                except ValueError:
                    res.append("%" + path)
                    index = pathlen - 1
                else:
                    var = path[:index]
                    value = value_of(var)
                    res.append("%" + var + "%" if value is None else value)
        elif c == "$":
            if path[index + 1:index + 2] == "$":
                res.append(c)
                index += 1
            elif path[index + 1:index + 2] == "{":
                path = path[index + 2:]
                pathlen = len(path)
                try:
                    index = path.index("}")
                except ValueError:
                    res.append("${" + path)
                    index = pathlen - 1
                else:
                    var = path[:index]
                    value = value_of(var)
                    res.append("${" + var + "}" if value is None else value)
            else:
                var = ""
                index += 1
                c = path[index:index + 1]
                while c and c in varchars:
                    var += c
                    index += 1
                    c = path[index:index + 1]
                value = value_of(var)
                res.append("$" + var if value is None else value)
                if c:
                    index -= 1
        else:
            res.append(c)
        index += 1
    return "".join(res)


def normpath(path):
    """Collapse redundant separators and . and .. parts; slashes become
    backslashes (a \\\\.\\ or \\\\?\\ path is left as it is)."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep_, altsep_, curdir_, pardir_ = b"\\", b"/", b".", b".."
        special_prefixes = (b"\\\\.\\", b"\\\\?\\")
    else:
        sep_, altsep_, curdir_, pardir_ = "\\", "/", ".", ".."
        special_prefixes = ("\\\\.\\", "\\\\?\\")
    if path.startswith(special_prefixes):
        return path
    path = path.replace(altsep_, sep_)
    prefix, path = splitdrive(path)
    if path.startswith(sep_):
        prefix += sep_
        path = path.lstrip(sep_)
    comps = path.split(sep_)
    i = 0
    while i < len(comps):
        if not comps[i] or comps[i] == curdir_:
            del comps[i]
        elif comps[i] == pardir_:
            if i > 0 and comps[i - 1] != pardir_:
                del comps[i - 1:i + 1]
                i -= 1
            elif i == 0 and prefix.endswith(sep_):
                del comps[i]
            else:
                i += 1
        else:
            i += 1
    if not prefix and not comps:
        comps.append(curdir_)
    return prefix + sep_.join(comps)


def abspath(path):
    """An absolute version of the path: joined to the working directory
    (this system's) when relative, then normalised."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(path, *, strict=False):
    """On a system that is not Windows, the normalised absolute path."""
    return abspath(path)


def relpath(path, start=None):
    """The path relative to `start` (the current directory); paths on
    different drives have none (ValueError)."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep_, curdir_, pardir_ = b"\\", b".", b".."
    else:
        sep_, curdir_, pardir_ = "\\", ".", ".."
    if start is None:
        start = curdir_
    if not path:
        raise ValueError("no path specified")
    start = os.fspath(start)
    try:
        start_abs = abspath(normpath(start))
        path_abs = abspath(normpath(path))
        start_drive, start_rest = splitdrive(start_abs)
        path_drive, path_rest = splitdrive(path_abs)
        if normcase(start_drive) != normcase(path_drive):
            raise ValueError(f"path is on mount {path_drive!r}, start on mount {start_drive!r}")
        start_list = [x for x in start_rest.split(sep_) if x]
        path_list = [x for x in path_rest.split(sep_) if x]
        i = 0
        for e1, e2 in zip(start_list, path_list):
            if normcase(e1) != normcase(e2):
                break
            i += 1
        rel_list = [pardir_] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir_
        return join(*rel_list)
    except (TypeError, ValueError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types("relpath", path, start)
        raise


def commonpath(paths):
    """The longest common sub-path of the paths (all absolute or all
    relative, on one drive)."""
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        sep_, altsep_, curdir_ = b"\\", b"/", b"."
    else:
        sep_, altsep_, curdir_ = "\\", "/", "."
    try:
        drivesplits = [splitdrive(p.replace(altsep_, sep_).lower()) for p in paths]
        split_paths = [p.split(sep_) for d, p in drivesplits]
        try:
            isabs_, = set(p[:1] == sep_ for d, p in drivesplits)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        if len(set(d for d, p in drivesplits)) != 1:
            raise ValueError("Paths don't have the same drive")
        drive, path = splitdrive(paths[0].replace(altsep_, sep_))
        common = path.split(sep_)
        common = [c for c in common if c and c != curdir_]
        split_paths = [[c for c in s if c and c != curdir_] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = common[:i]
                break
        else:
            common = common[:len(s1)]
        prefix = drive + sep_ if isabs_ else drive
        return prefix + sep_.join(common)
    except (TypeError, AttributeError):
        genericpath._check_arg_types("commonpath", *paths)
        raise


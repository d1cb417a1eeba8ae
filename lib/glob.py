"""Pathname patterns: the `glob` module (`*`, `?`, `[...]`, and `**` with
recursive=True). Results come in the order the directory lists them."""

import fnmatch
import os

__all__ = ["glob", "iglob", "escape", "has_magic"]


def has_magic(s):
    return any(c in s for c in "*?[")


def escape(pathname):
    drive, rest = os.path.splitdrive(pathname)
    out = "".join(f"[{c}]" if c in "*?[" else c for c in rest)
    return drive + out


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    if dir_fd is not None:
        raise NotImplementedError("glob(dir_fd=...) is not supported by ferropy yet")
    yield from _iglob(pathname, root_dir, recursive, include_hidden)


def _join(root_dir, path):
    return os.path.join(root_dir, path) if root_dir is not None and path else (root_dir or path)


def _exists(root_dir, path):
    return os.path.lexists(_join(root_dir, path) if root_dir else path)


def _iglob(pathname, root_dir, recursive, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(root_dir, pathname):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and basename == "**":
            yield from _rlistdir(root_dir, "", include_hidden)
        else:
            yield from _list(root_dir, "", basename, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, include_hidden)
    else:
        dirs = [dirname]
    for d in dirs:
        if recursive and basename == "**":
            for name in _rlistdir(root_dir, d, include_hidden):
                yield os.path.join(d, name)
        elif has_magic(basename):
            for name in _list(root_dir, d, basename, include_hidden):
                yield os.path.join(d, name)
        elif _exists(root_dir, os.path.join(d, basename)):
            yield os.path.join(d, basename)


def _names(root_dir, dirname):
    path = _join(root_dir, dirname) or os.curdir
    try:
        return os.listdir(path)
    except OSError:
        return []


def _list(root_dir, dirname, pattern, include_hidden):
    names = _names(root_dir, dirname)
    if not include_hidden and not pattern.startswith("."):
        names = [n for n in names if not n.startswith(".")]
    return fnmatch.filter(names, pattern)


def _rlistdir(root_dir, dirname, include_hidden):
    yield ""
    for name in _names(root_dir, dirname):
        if not include_hidden and name.startswith("."):
            continue
        path = os.path.join(dirname, name) if dirname else name
        if os.path.isdir(_join(root_dir, path)) and not os.path.islink(_join(root_dir, path)):
            yield name
            for sub in _rlistdir(root_dir, path, include_hidden):
                if sub:
                    yield os.path.join(name, sub)
        else:
            yield name

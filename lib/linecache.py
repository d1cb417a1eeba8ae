"""Lines of source files, read once and cached (for traceback and
warnings)."""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname)
cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (from 1) of the file, with its newline; '' if none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drops cache entries whose files changed on disk."""
    import os
    names = list(cache) if filename is None else [filename] if filename in cache else []
    for name in names:
        entry = cache[name]
        if len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Reads the file into the cache; [] if it cannot be found."""
    import os
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    lines = _embedded_lines(filename)
    if lines is not None:
        cache[filename] = (len("".join(lines)), None, lines, filename)
        return lines
    fullname = filename
    try:
        stat = os.stat(fullname)
    except OSError:
        stat = None
        lines = _lines_from_loader(filename, module_globals)
        if lines is not None:
            return lines
        if not os.path.isabs(filename):
            for directory in sys.path:
                if not isinstance(directory, str):
                    continue
                candidate = os.path.join(directory, filename)
                try:
                    stat = os.stat(candidate)
                    fullname = candidate
                    break
                except (OSError, ValueError):
                    continue
        if stat is None:
            return []
    try:
        with open(fullname, encoding="utf-8", errors="replace") as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    cache[filename] = (stat.st_size, stat.st_mtime, lines, fullname)
    return lines


def _lines_from_loader(filename, module_globals):
    """The lines a module's loader gives (noted by lazycache), or None."""
    if not lazycache(filename, module_globals):
        return None
    try:
        source = cache[filename][0]()
    except (ImportError, OSError):
        source = None
    if source is None:
        cache.pop(filename, None)
        return None
    lines = source.splitlines(True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    cache[filename] = (len(source), None, lines, filename)
    return lines


def _embedded_lines(filename):
    """The lines of one of ferropy's own library modules."""
    prefix = "<ferropy-lib>/"
    if not filename.startswith(prefix):
        return None
    module = filename[len(prefix):]
    if module.endswith(".py"):
        module = module[:-3]
    if module.endswith("/__init__"):
        module = module[:-len("/__init__")]
    try:
        from _ferropy import embedded_module
    except ImportError:
        return None
    found = embedded_module(module.replace("/", "."))
    if found is None:
        return None
    source = found[0]
    lines = source.splitlines(True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return lines


def lazycache(filename, module_globals):
    """Notes where a module's source can be read later when it is not a
    file on disk (a module in a zip archive): its loader's get_source.
    True when the file is (now) noted so."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return False
    if not module_globals or "__name__" not in module_globals:
        return False
    name = module_globals["__name__"]
    loader = module_globals.get("__loader__")
    if loader is None:
        loader = getattr(module_globals.get("__spec__"), "loader", None)
    get_source = getattr(loader, "get_source", None)
    if name and get_source:
        cache[filename] = (lambda: get_source(name),)
        return True
    return False

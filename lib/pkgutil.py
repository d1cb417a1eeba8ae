"""Utilities for packages: listing the modules on a path (iter_modules,
walk_packages), reading a package's data files (get_data), extending a
package's __path__, and resolving dotted names to objects."""

import importlib
import importlib.machinery
import importlib.util
import os
import os.path
import sys
from collections import namedtuple

__all__ = ["get_importer", "iter_importers", "get_loader", "find_loader", "walk_packages", "iter_modules",
           "get_data", "ImpImporter", "ImpLoader", "read_code", "extend_path", "ModuleInfo", "resolve_name"]

ModuleInfo = namedtuple("ModuleInfo", "module_finder name ispkg")
ModuleInfo.__doc__ = "A namedtuple with minimal info about a module."


def read_code(stream):
    raise NotImplementedError("pkgutil.read_code: ferropy has no bytecode files")


def walk_packages(path=None, prefix="", onerror=None):
    """Every module and package below path (sys.path by default),
    importing packages to find their submodules."""

    def seen(p, m={}):
        if p in m:
            return True
        m[p] = True

    for info in iter_modules(path, prefix):
        yield info
        if info.ispkg:
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
            except Exception:
                if onerror is not None:
                    onerror(info.name)
                else:
                    raise
            else:
                path = getattr(sys.modules[info.name], "__path__", None) or []
                path = [p for p in path if not seen(p)]
                yield from walk_packages(path, info.name + ".", onerror)


def iter_modules(path=None, prefix=""):
    """The modules and packages directly on path (sys.path by default)."""
    if path is None:
        importers = iter_importers()
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        importers = map(get_importer, path)
    yielded = {}
    for importer in importers:
        for name, ispkg in _iter_importer_modules(importer, prefix):
            if name not in yielded:
                yielded[name] = 1
                yield ModuleInfo(importer, name, ispkg)


def _iter_importer_modules(importer, prefix=""):
    if hasattr(importer, "iter_modules"):
        return importer.iter_modules(prefix)
    if isinstance(importer, importlib.machinery.FileFinder):
        return _iter_file_finder_modules(importer, prefix)
    path = getattr(importer, "path", None)
    if isinstance(path, str) and path.startswith("<ferropy-lib>"):
        return _iter_embedded_modules(path, prefix)
    return []


def _iter_file_finder_modules(importer, prefix=""):
    if importer.path is None or not os.path.isdir(importer.path):
        return
    yielded = {}
    import inspect

    try:
        filenames = os.listdir(importer.path)
    except OSError:
        filenames = []
    filenames.sort()
    for fn in filenames:
        modname = inspect.getmodulename(fn)
        if modname == "__init__" or modname in yielded:
            continue
        path = os.path.join(importer.path, fn)
        ispkg = False
        if not modname and os.path.isdir(path) and "." not in fn:
            modname = fn
            try:
                dircontents = os.listdir(path)
            except OSError:
                dircontents = []
            for fn in dircontents:
                subname = inspect.getmodulename(fn)
                if subname == "__init__":
                    ispkg = True
                    break
            else:
                continue
        if modname and "." not in modname:
            yielded[modname] = 1
            yield prefix + modname, ispkg


def _iter_embedded_modules(path, prefix=""):
    """The modules of ferropy's own library under a `<ferropy-lib>` path."""
    import _ferropy

    package = path[len("<ferropy-lib>"):].strip("/").replace("/", ".")
    for name, ispkg in _ferropy.embedded_children(package):
        yield prefix + name, ispkg


def get_importer(path_item):
    """The path entry finder for a sys.path entry (cached in
    sys.path_importer_cache), or None."""
    path_item = os.fsdecode(path_item)
    try:
        importer = sys.path_importer_cache[path_item]
    except KeyError:
        for path_hook in sys.path_hooks:
            try:
                importer = path_hook(path_item)
                sys.path_importer_cache.setdefault(path_item, importer)
                break
            except ImportError:
                pass
        else:
            importer = None
    return importer


def iter_importers(fullname=""):
    """The finders for a module name: the meta path finders, then those
    of the parent package's __path__ (or sys.path)."""
    if fullname.startswith("."):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    if "." in fullname:
        pkg_name = fullname.rpartition(".")[0]
        pkg = importlib.import_module(pkg_name)
        path = getattr(pkg, "__path__", None)
        if path is None:
            return
    else:
        yield from sys.meta_path
        path = sys.path
    for item in path:
        yield get_importer(item)


def get_loader(module_or_name):
    """The loader of a module (deprecated)."""
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, type(sys)):
        module = module_or_name
        loader = getattr(module, "__loader__", None)
        if loader is not None:
            return loader
        if getattr(module, "__spec__", None) is None:
            return None
        fullname = module.__name__
    else:
        fullname = module_or_name
    return find_loader(fullname)


def find_loader(fullname):
    """The loader for a module name, found as an import would (deprecated)."""
    if fullname.startswith("."):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = "Error while finding loader for {!r} ({}: {})"
        raise ImportError(msg.format(fullname, type(ex), ex)) from ex
    return spec.loader if spec is not None else None


def extend_path(path, name):
    """A namespace-package style __path__: the directories named `name`
    found along sys.path, added to path."""
    if not isinstance(path, list):
        return path
    sname_pkg = name + ".pkg"
    path = path[:]
    parent_package, _, final_name = name.rpartition(".")
    if parent_package:
        try:
            search_path = sys.modules[parent_package].__path__
        except (KeyError, AttributeError):
            return path
    else:
        search_path = sys.path
    for dir in search_path:
        if not isinstance(dir, str):
            continue
        finder = get_importer(dir)
        if finder is not None and hasattr(finder, "find_spec"):
            spec = finder.find_spec(final_name)
            portions = []
            if spec is not None:
                portions = spec.submodule_search_locations or []
            for portion in portions:
                if portion not in path:
                    path.append(portion)
        pkgfile = os.path.join(dir, sname_pkg)
        if os.path.isfile(pkgfile):
            try:
                f = open(pkgfile)
            except OSError as msg:
                sys.stderr.write("Can't open %s: %s\n" % (pkgfile, msg))
            else:
                with f:
                    for line in f:
                        line = line.rstrip("\n")
                        if not line or line.startswith("#"):
                            continue
                        path.append(line)
    return path


def get_data(package, resource):
    """The bytes of a data file in a package (resource is a /-separated
    path relative to the package)."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, "get_data"):
        return None
    mod = sys.modules.get(package) or importlib._bootstrap._load(spec)
    if mod is None or not hasattr(mod, "__file__"):
        return None
    parts = resource.split("/")
    parts.insert(0, os.path.dirname(mod.__file__))
    resource_name = os.path.join(*parts)
    return loader.get_data(resource_name)


_NAME_PATTERN = None


def resolve_name(name):
    """The object a name like 'pkg.mod:attr.sub' (or 'pkg.mod.attr')
    refers to, importing as needed."""
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        import re

        dotted_words = r"(?!\d)(\w+)(\.(?!\d)(\w+))*"
        _NAME_PATTERN = re.compile(f"^(?P<pkg>{dotted_words})(?P<cln>:(?P<obj>{dotted_words})?)?$", re.UNICODE)
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f"invalid format: {name!r}")
    gd = m.groupdict()
    if gd.get("cln"):
        mod = importlib.import_module(gd["pkg"])
        parts = gd.get("obj")
        parts = parts.split(".") if parts else []
    else:
        parts = name.split(".")
        modname = parts.pop(0)
        mod = importlib.import_module(modname)
        while parts:
            p = parts[0]
            s = f"{modname}.{p}"
            try:
                mod = importlib.import_module(s)
                parts.pop(0)
                modname = s
            except ImportError:
                break
    result = mod
    for p in parts:
        result = getattr(result, p)
    return result

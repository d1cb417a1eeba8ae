"""The import system as a library: import_module, reload and
invalidate_caches; importlib.util, importlib.machinery, importlib.abc,
importlib.metadata and importlib.resources are its submodules.

The machinery itself is importlib._bootstrap and _bootstrap_external,
which the runtime loaded at start under the names _frozen_importlib and
_frozen_importlib_external; this package shares those module objects.
"""

__all__ = ["__import__", "import_module", "invalidate_caches", "reload"]

import sys

import _frozen_importlib as _bootstrap

_bootstrap.__name__ = "importlib._bootstrap"
_bootstrap.__package__ = "importlib"
sys.modules["importlib._bootstrap"] = _bootstrap

import _frozen_importlib_external as _bootstrap_external

_bootstrap_external.__name__ = "importlib._bootstrap_external"
_bootstrap_external.__package__ = "importlib"
sys.modules["importlib._bootstrap_external"] = _bootstrap_external


from ._bootstrap import __import__


def invalidate_caches():
    """Tell the finders on sys.meta_path to forget what they cached (a
    directory listing, say), so modules created since are found."""
    for finder in sys.meta_path:
        if hasattr(finder, "invalidate_caches"):
            finder.invalidate_caches()


def import_module(name, package=None):
    """Import a module and return it. A relative name (`.mod`, `..mod`)
    needs `package`, the package it is relative to."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError(
                "the 'package' argument is required to perform a relative import for {!r}".format(name)
            )
        for character in name:
            if character != ".":
                break
            level += 1
    return _bootstrap._gcd_import(name[level:], package, level)


_RELOADING = {}


def reload(module):
    """Run an imported module's code again in its existing namespace and
    return the module (which may be a different object, if the module
    replaced itself in sys.modules)."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition(".")[0]
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError(f"parent {parent_name!r} not in sys.modules", name=parent_name) from None
            else:
                pkgpath = parent.__path__
        else:
            pkgpath = None
        target = module
        spec = module.__spec__ = _bootstrap._find_spec(name, pkgpath, target)
        if spec is None:
            raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
        _bootstrap._exec(spec, module)
        return sys.modules[name]
    finally:
        try:
            del _RELOADING[name]
        except KeyError:
            pass

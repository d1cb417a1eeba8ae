"""Utilities of the import system: finding specs without importing,
making modules from specs, resolving relative names."""

from ._bootstrap import module_from_spec
from ._bootstrap import _resolve_name
from ._bootstrap import spec_from_loader
from ._bootstrap import _find_spec
from . import _bootstrap_external
from ._bootstrap_external import MAGIC_NUMBER
from ._bootstrap_external import cache_from_source
from ._bootstrap_external import decode_source
from ._bootstrap_external import source_from_cache
from ._bootstrap_external import spec_from_file_location

import _imp
import sys
import types


def source_hash(source_bytes):
    """The hash of a source file that a hash-based .pyc records."""
    return _imp.source_hash(_bootstrap_external._SOURCE_HASH_KEY, source_bytes)


_RAW_MAGIC_NUMBER = int.from_bytes(MAGIC_NUMBER, "little")


def resolve_name(name, package):
    """The absolute name of a module name that may be relative to
    `package`."""
    if not name.startswith("."):
        return name
    elif not package:
        raise ImportError(f"no package specified for {repr(name)} (required for relative module names)")
    level = 0
    for character in name:
        if character != ".":
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of a module, found as an import would find it but without
    running the module (its parent packages are imported). A module
    already in sys.modules gives its __spec__. None if it is not found."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition(".")[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=["__path__"])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} while trying to find {fullname!r}",
                    name=fullname,
                ) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError(f"{name}.__spec__ is not set") from None
    if spec is None:
        raise ValueError(f"{name}.__spec__ is None")
    return spec


class _LazyModule(types.ModuleType):
    """A module whose code runs on its first attribute access."""

    def __getattribute__(self, attr):
        __spec__ = object.__getattribute__(self, "__spec__")
        loader_state = __spec__.loader_state
        if loader_state["is_loading"]:
            return object.__getattribute__(self, attr)
        loader_state["is_loading"] = True
        __dict__ = object.__getattribute__(self, "__dict__")
        original_name = __spec__.name
        attrs_then = loader_state["__dict__"]
        attrs_now = __dict__
        attrs_updated = {}
        for key, value in attrs_now.items():
            if key not in attrs_then:
                attrs_updated[key] = value
            elif id(attrs_now[key]) != id(attrs_then[key]):
                attrs_updated[key] = value
        __spec__.loader.exec_module(self)
        if original_name in sys.modules:
            if id(self) != id(sys.modules[original_name]):
                raise ValueError(f"module object for {original_name!r} substituted in sys.modules during a lazy load")
        __dict__.update(attrs_updated)
        self.__class__ = types.ModuleType
        return getattr(self, attr)

    def __delattr__(self, attr):
        self.__getattribute__(attr)
        delattr(self, attr)


class LazyLoader:
    """Wraps a loader so that a module's code runs only when one of its
    attributes is first used."""

    @staticmethod
    def __check_eager_loader(loader):
        if not hasattr(loader, "exec_module"):
            raise TypeError("loader must define exec_module()")

    @classmethod
    def factory(cls, loader):
        """A function that wraps a loader class's instances."""
        cls.__check_eager_loader(loader)
        return lambda *args, **kwargs: cls(loader(*args, **kwargs))

    def __init__(self, loader):
        self.__check_eager_loader(loader)
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        module.__spec__.loader = self.loader
        module.__loader__ = self.loader
        loader_state = {}
        loader_state["__dict__"] = module.__dict__.copy()
        loader_state["__class__"] = module.__class__
        loader_state["is_loading"] = False
        module.__spec__.loader_state = loader_state
        module.__class__ = _LazyModule

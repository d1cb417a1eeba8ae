"""Abstract base classes of the import system's finders and loaders."""

from . import _bootstrap_external
from . import machinery
import abc

from .resources.abc import ResourceReader, Traversable, TraversableResources

__all__ = [
    "Loader",
    "Finder",
    "MetaPathFinder",
    "PathEntryFinder",
    "ResourceLoader",
    "InspectLoader",
    "ExecutionLoader",
    "FileLoader",
    "SourceLoader",
    "ResourceReader",
    "Traversable",
    "TraversableResources",
]


def _register(abstract_cls, *classes):
    for cls in classes:
        abstract_cls.register(cls)


class Loader(metaclass=abc.ABCMeta):
    """What every loader does: create and run a module."""

    def create_module(self, spec):
        """A new module for the spec, or None for the default kind."""
        return None

    def load_module(self, fullname):
        """The old loading API: raises ImportError unless overridden."""
        if not hasattr(self, "exec_module"):
            raise ImportError
        from ._bootstrap import _load_module_shim

        return _load_module_shim(self, fullname)

    def module_repr(self, module):
        raise NotImplementedError


class Finder(metaclass=abc.ABCMeta):
    """The old base class of finders (deprecated)."""

    @abc.abstractmethod
    def find_module(self, fullname, path=None):
        raise NotImplementedError


class MetaPathFinder(metaclass=abc.ABCMeta):
    """A finder for sys.meta_path: find_spec(fullname, path, target)."""

    def find_module(self, fullname, path):
        if not hasattr(self, "find_spec"):
            return None
        found = self.find_spec(fullname, path)
        return found.loader if found is not None else None

    def invalidate_caches(self):
        """Forget what the finder has cached."""


_register(
    MetaPathFinder,
    machinery.BuiltinImporter,
    machinery.FrozenImporter,
    machinery.PathFinder,
    machinery.WindowsRegistryFinder,
)


class PathEntryFinder(metaclass=abc.ABCMeta):
    """A finder for one sys.path entry: find_spec(fullname, target)."""

    def find_loader(self, fullname):
        if not hasattr(self, "find_spec"):
            return None, []
        found = self.find_spec(fullname)
        if found is not None:
            if not found.submodule_search_locations:
                portions = []
            else:
                portions = found.submodule_search_locations
            return found.loader, portions
        return None, []

    def find_module(self, fullname):
        loader, portions = self.find_loader(fullname)
        return loader

    def invalidate_caches(self):
        """Forget what the finder has cached."""


_register(PathEntryFinder, machinery.FileFinder)


class ResourceLoader(Loader):
    """A loader that reads data files: get_data(path)."""

    @abc.abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    """A loader that can give a module's source and code object."""

    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path="<string>"):
        """Compile source to a module's code object."""
        return compile(data, path, "exec", dont_inherit=True)

    exec_module = _bootstrap_external._LoaderBasics.exec_module
    load_module = _bootstrap_external._LoaderBasics.load_module


_register(InspectLoader, machinery.BuiltinImporter, machinery.FrozenImporter, machinery.NamespaceLoader)


class ExecutionLoader(InspectLoader):
    """An InspectLoader that knows the module's file: get_filename."""

    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        else:
            return self.source_to_code(source, path)


_register(ExecutionLoader, machinery.ExtensionFileLoader)


class FileLoader(_bootstrap_external.FileLoader, ResourceLoader, ExecutionLoader):
    """A loader of a module in a file."""


_register(FileLoader, machinery.SourceFileLoader, machinery.SourcelessFileLoader)


class SourceLoader(_bootstrap_external.SourceLoader, ResourceLoader, ExecutionLoader):
    """A loader that compiles source it reads with get_data()."""

    def path_mtime(self, path):
        if self.path_stats.__func__ is SourceLoader.path_stats:
            raise OSError
        return int(self.path_stats(path)["mtime"])

    def path_stats(self, path):
        if self.path_mtime.__func__ is SourceLoader.path_mtime:
            raise OSError
        return {"mtime": self.path_mtime(path)}

    def set_data(self, path, data):
        """Would write a bytecode cache; ferropy writes none."""


_register(SourceLoader, machinery.SourceFileLoader)

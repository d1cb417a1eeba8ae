"""Resource readers of the standard loaders: a package on disk is read
through pathlib; a namespace package through a MultiplexedPath over its
directories; a package in a zip archive through zipfile.Path."""

import collections
import pathlib

from . import abc

__all__ = ["FileReader", "ZipReader", "MultiplexedPath", "NamespaceReader"]


def remove_duplicates(items):
    return iter(collections.OrderedDict.fromkeys(items))


class FileReader(abc.TraversableResources):
    def __init__(self, loader):
        self.path = pathlib.Path(loader.path).parent

    def resource_path(self, resource):
        """Return the file system path to prevent `resources.path()` from
        creating a temporary copy."""
        return str(self.path.joinpath(resource))

    def files(self):
        return self.path


class ZipReader(abc.TraversableResources):
    """The resources of a package imported from a zip archive, seen
    through zipfile.Path."""

    def __init__(self, loader, module):
        self.prefix = loader.prefix.replace("\\", "/") + module.rpartition(".")[2] + "/"
        self.archive = loader.archive

    def open_resource(self, resource):
        try:
            return super().open_resource(resource)
        except KeyError as exc:
            raise FileNotFoundError(exc.args[0])

    def is_resource(self, path):
        target = self.files().joinpath(path)
        return target.is_file() and target.exists()

    def files(self):
        import zipfile
        return zipfile.Path(self.archive, self.prefix)


class MultiplexedPath(abc.Traversable):
    """The directories of a namespace package seen as one: children are
    merged, the first directory holding a name wins."""

    def __init__(self, *paths):
        self._paths = list(map(pathlib.Path, remove_duplicates(paths)))
        if not self._paths:
            raise FileNotFoundError("MultiplexedPath must contain at least one path")
        if not all(path.is_dir() for path in self._paths):
            raise NotADirectoryError("MultiplexedPath only supports directories")

    def iterdir(self):
        files = (file for path in self._paths for file in path.iterdir())
        return remove_duplicates_by_name(files)

    def read_bytes(self):
        raise FileNotFoundError(f"{self} is not a file")

    def read_text(self, *args, **kwargs):
        raise FileNotFoundError(f"{self} is not a file")

    def is_dir(self):
        return True

    def is_file(self):
        return False

    def joinpath(self, *descendants):
        for path in self._paths:
            candidate = path.joinpath(*descendants)
            if candidate.exists():
                return candidate
        return self._paths[0].joinpath(*descendants)

    __truediv__ = joinpath

    def open(self, *args, **kwargs):
        raise FileNotFoundError(f"{self} is not a file")

    @property
    def name(self):
        return self._paths[0].name

    def __repr__(self):
        paths = ", ".join(f"'{path}'" for path in self._paths)
        return f"MultiplexedPath({paths})"


def remove_duplicates_by_name(files):
    seen = set()
    for file in files:
        if file.name not in seen:
            seen.add(file.name)
            yield file


class NamespaceReader(abc.TraversableResources):
    def __init__(self, namespace_path):
        if "NamespacePath" not in str(namespace_path) and not isinstance(namespace_path, list):
            raise ValueError("Invalid path")
        self.path = MultiplexedPath(*list(namespace_path))

    def resource_path(self, resource):
        return str(self.path.joinpath(resource))

    def files(self):
        return self.path



"""Resource readers of the standard loaders: a package on disk is read
through pathlib."""

import pathlib

from .resources.abc import TraversableResources


class FileReader(TraversableResources):
    def __init__(self, loader):
        self.path = pathlib.Path(loader.path).parent

    def resource_path(self, resource):
        return str(self.path.joinpath(resource))

    def files(self):
        return self.path


class NamespaceReader(TraversableResources):
    def __init__(self, namespace_path):
        self.path = [pathlib.Path(p) for p in namespace_path]

    def resource_path(self, resource):
        return str(self.path[0].joinpath(resource))

    def files(self):
        return self.path[0]

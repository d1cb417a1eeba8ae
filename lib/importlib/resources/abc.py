"""Abstract classes of package resources: ResourceReader (the old
reader API), Traversable (a path-like handle) and TraversableResources."""

import abc
import io
import itertools
import os
from typing import Any, BinaryIO, Iterable, Iterator, NoReturn, Text, Optional
from typing import runtime_checkable, Protocol

__all__ = ["ResourceReader", "Traversable", "TraversableResources"]

StrPath = Any


class ResourceReader(metaclass=abc.ABCMeta):
    """Reads the resources of one package."""

    @abc.abstractmethod
    def open_resource(self, resource: Text) -> BinaryIO:
        raise FileNotFoundError

    @abc.abstractmethod
    def resource_path(self, resource: Text) -> Text:
        raise FileNotFoundError

    @abc.abstractmethod
    def is_resource(self, path: Text) -> bool:
        raise FileNotFoundError

    @abc.abstractmethod
    def contents(self) -> Iterable[str]:
        raise FileNotFoundError


class TraversalError(Exception):
    pass


@runtime_checkable
class Traversable(Protocol):
    """A handle on a resource or a directory of resources, with the part
    of pathlib.Path's API that resources need."""

    @abc.abstractmethod
    def iterdir(self) -> Iterator["Traversable"]:
        """The children of this directory."""

    def read_bytes(self) -> bytes:
        with self.open("rb") as strm:
            return strm.read()

    def read_text(self, encoding: Optional[str] = None) -> str:
        with self.open(encoding=encoding) as strm:
            return strm.read()

    @abc.abstractmethod
    def is_dir(self) -> bool:
        """Whether this is a directory."""

    @abc.abstractmethod
    def is_file(self) -> bool:
        """Whether this is a file."""

    def joinpath(self, *descendants: StrPath) -> "Traversable":
        """The descendant at the given relative path."""
        if not descendants:
            return self
        names = itertools.chain.from_iterable(path.parts for path in map(_PurePosix, descendants))
        target = next(names)
        matches = (traversable for traversable in self.iterdir() if traversable.name == target)
        try:
            match = next(matches)
        except StopIteration:
            raise TraversalError("Target not found during traversal.", target, list(names))
        return match.joinpath(*names)

    def __truediv__(self, child: StrPath) -> "Traversable":
        return self.joinpath(child)

    @abc.abstractmethod
    def open(self, mode="r", *args, **kwargs):
        """Open the resource, as text or binary (mode 'r' or 'rb')."""

    @property
    @abc.abstractmethod
    def name(self) -> str:
        """The last component of the path."""


def _PurePosix(path):
    import pathlib

    return pathlib.PurePosixPath(path)


class TraversableResources(ResourceReader):
    """A ResourceReader built on files()."""

    @abc.abstractmethod
    def files(self) -> "Traversable":
        """A Traversable for the package's resources."""

    def open_resource(self, resource: StrPath) -> io.BufferedReader:
        return self.files().joinpath(resource).open("rb")

    def resource_path(self, resource: Any) -> NoReturn:
        raise FileNotFoundError(resource)

    def is_resource(self, path: StrPath) -> bool:
        return self.files().joinpath(path).is_file()

    def contents(self) -> Iterator[str]:
        return (item.name for item in self.files().iterdir())

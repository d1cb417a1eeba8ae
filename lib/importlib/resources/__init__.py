"""Data files shipped inside packages: files(package) gives a
Traversable (for a package on disk, a pathlib.Path of its directory);
the older read_text/open_binary/path functions are built on it."""

import contextlib
import functools
import os
import pathlib
import tempfile
import types
from typing import Union

from .abc import ResourceReader, Traversable, TraversableResources

__all__ = [
    "Package",
    "Resource",
    "ResourceReader",
    "as_file",
    "contents",
    "files",
    "is_resource",
    "open_binary",
    "open_text",
    "path",
    "read_binary",
    "read_text",
]

Package = Union[types.ModuleType, str]
Resource = str


def _resolve(cand):
    if isinstance(cand, types.ModuleType):
        return cand
    import importlib

    return importlib.import_module(cand)


def _get_package(package):
    module = _resolve(package)
    if module.__spec__.submodule_search_locations is None:
        raise TypeError(f"{package!r} is not a package")
    return module


def files(package):
    """A Traversable for the resources of a package (or of a module's
    package)."""
    module = _resolve(package)
    spec = module.__spec__
    reader = None
    if spec is not None and spec.loader is not None and hasattr(spec.loader, "get_resource_reader"):
        reader = spec.loader.get_resource_reader(spec.name)
    if reader is not None and hasattr(reader, "files"):
        return reader.files()
    if spec is not None and spec.submodule_search_locations:
        locations = list(spec.submodule_search_locations)
        if locations and not locations[0].startswith("<"):
            return pathlib.Path(locations[0])
    origin = getattr(spec, "origin", None) or getattr(module, "__file__", None)
    if origin is None or origin.startswith("<"):
        raise NotImplementedError(f"ferropy cannot give files() of {module.__name__!r}: it is not on disk")
    return pathlib.Path(origin).parent


@contextlib.contextmanager
def _tempfile(reader, suffix=""):
    fd, raw_path = tempfile.mkstemp(suffix=suffix)
    try:
        try:
            os.write(fd, reader())
        finally:
            os.close(fd)
        del reader
        yield pathlib.Path(raw_path)
    finally:
        try:
            os.remove(raw_path)
        except FileNotFoundError:
            pass


@functools.singledispatch
def as_file(path):
    """A context manager giving a real file system path for a Traversable
    (a temporary copy if it is not a file already)."""
    return _tempfile(path.read_bytes, suffix=path.name)


@as_file.register(pathlib.Path)
@contextlib.contextmanager
def _(path):
    yield path


def _deprecated(func):
    """The functions of the old API warn that files() replaces them."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        import warnings

        warnings.warn(
            f"{func.__name__} is deprecated. Use files() instead. Refer to "
            "https://importlib-resources.readthedocs.io/en/latest/using.html#migrating-from-legacy "
            "for migration advice.",
            DeprecationWarning,
            stacklevel=2,
        )
        return func(*args, **kwargs)

    return wrapper


def _normalize_path(path):
    parent, file_name = os.path.split(str(path))
    if parent:
        raise ValueError(f"{path!r} must be only a file name")
    return file_name


@_deprecated
def open_binary(package, resource):
    """Open a resource for reading bytes."""
    return (files(package) / _normalize_path(resource)).open("rb")


@_deprecated
def read_binary(package, resource):
    """The bytes of a resource."""
    return (files(package) / _normalize_path(resource)).read_bytes()


@_deprecated
def open_text(package, resource, encoding="utf-8", errors="strict"):
    """Open a resource for reading text."""
    return (files(package) / _normalize_path(resource)).open("r", encoding=encoding, errors=errors)


@_deprecated
def read_text(package, resource, encoding="utf-8", errors="strict"):
    """The text of a resource."""
    with (files(package) / _normalize_path(resource)).open("r", encoding=encoding, errors=errors) as fp:
        return fp.read()


@_deprecated
def contents(package):
    """The names in a package's resource directory."""
    return [path.name for path in files(package).iterdir()]


@_deprecated
def is_resource(package, name):
    """Whether a package has a resource file of this name."""
    resource = _normalize_path(name)
    return any(traversable.name == resource and traversable.is_file() for traversable in files(package).iterdir())


@_deprecated
def path(package, resource):
    """A context manager giving a file system path of a resource."""
    return as_file(files(package) / _normalize_path(resource))

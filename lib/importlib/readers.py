"""Compatibility shim for importlib.resources.readers (as in CPython 3.11)."""

from .resources.readers import FileReader, MultiplexedPath, NamespaceReader, ZipReader

__all__ = ["FileReader", "ZipReader", "MultiplexedPath", "NamespaceReader"]

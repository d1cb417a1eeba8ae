"""Importing modules from ZIP archives (sys.path entries that are zip
files).

ferropy cannot read zip archives on the import path yet: zipimporter
refuses every path with ZipImportError (the error a path hook raises for
a path it does not handle), so such entries are skipped, and
zipimporter can still be named in isinstance checks.
"""

import _frozen_importlib_external as _bootstrap_external

__all__ = ["ZipImportError", "zipimporter"]


class ZipImportError(ImportError):
    """A zip archive could not be used for importing."""


class zipimporter(_bootstrap_external._LoaderBasics):
    """The path entry finder and loader of a zip archive (not supported
    by ferropy yet: making one raises ZipImportError)."""

    def __init__(self, path):
        if not isinstance(path, str):
            raise TypeError(f"expected str, not {type(path)!r}")
        if not path:
            raise ZipImportError("archive path is empty", path=path)
        raise ZipImportError(f"ferropy cannot import from zip archives yet: {path!r}", path=path)

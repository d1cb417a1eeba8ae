"""Compile Python source files to byte-code files.

ferropy has no byte-code cache format yet: compile() checks a source file
as CPython does (a syntax error is PyCompileError, or printed), and
writing the .pyc itself raises NotImplementedError.
"""

import builtins
import enum
import importlib.util
import os
import sys
import traceback

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


class PyCompileError(Exception):
    """An error compiling a source file: the exception, the file and a
    message as CPython formats it."""

    def __init__(self, exc_type, exc_value, file, msg=""):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError:
            tbtext = "".join(traceback.format_exception_only(exc_type, exc_value))
            errmsg = tbtext.replace('File "<string>"', 'File "%s"' % file)
        else:
            errmsg = "Sorry: %s: %s" % (exc_type_name, exc_value)
        Exception.__init__(self, msg or errmsg, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


class PycInvalidationMode(enum.Enum):
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


def _get_default_invalidation_mode():
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1, invalidation_mode=None, quiet=0):
    """Compiles a source file; returns the path of the byte-code file."""
    if invalidation_mode is None:
        invalidation_mode = _get_default_invalidation_mode()
    if cfile is None:
        try:
            cfile = importlib.util.cache_from_source(file, optimization=optimize if optimize >= 0 else "")
        except NotImplementedError:
            # No cache tag (no .pyc format): nothing will be written there.
            cfile = file + "c"
    if os.path.islink(cfile):
        raise FileExistsError(f"{cfile} is a symlink and will be changed into a regular file if import writes "
                              "a byte-compiled file to it")
    if os.path.exists(cfile) and not os.path.isfile(cfile):
        raise FileExistsError(f"{cfile} is a non-regular file and will be changed into a regular one if import "
                              "writes a byte-compiled file to it")
    with open(file, "rb") as f:
        source = f.read()
    try:
        builtins.compile(source, dfile or file, "exec", dont_inherit=True, optimize=optimize)
    except Exception as err:
        py_exc = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise py_exc
            sys.stderr.write(py_exc.msg + "\n")
        return None
    raise NotImplementedError("py_compile: ferropy cannot write byte-code (.pyc) files yet")


def main():
    import argparse
    parser = argparse.ArgumentParser(description="A simple command-line interface for py_compile module.")
    parser.add_argument("-q", "--quiet", action="store_true", help="Suppress error output")
    parser.add_argument("filenames", nargs="+", help="Files to compile")
    args = parser.parse_args()
    if args.filenames == ["-"]:
        filenames = [filename.rstrip("\n") for filename in sys.stdin.readlines()]
    else:
        filenames = args.filenames
    for filename in filenames:
        try:
            compile(filename, doraise=True)
        except PyCompileError as error:
            if args.quiet:
                parser.exit(1)
            parser.exit(1, error.msg)
        except OSError as error:
            if args.quiet:
                parser.exit(1)
            parser.exit(1, str(error))


if __name__ == "__main__":
    main()

"""Zip applications: a directory of Python code packed into one archive
that the interpreter runs (`ferropy app.pyz`), optionally behind a #!
line; `-m zipapp` is its command line.
"""

import contextlib
import os
import pathlib
import shutil
import stat
import sys
import zipfile

__all__ = ["ZipAppError", "create_archive", "get_interpreter"]

# The __main__.py written for an entry point given as "module:function".
MAIN_TEMPLATE = """\
# -*- coding: utf-8 -*-
import {module}
{module}.{fn}()
"""

shebang_encoding = "utf-8"


class ZipAppError(ValueError):
    pass


@contextlib.contextmanager
def _maybe_open(archive, mode):
    # A path is opened (and closed); a file object is used as it is.
    if isinstance(archive, (str, os.PathLike)):
        with open(archive, mode) as f:
            yield f
    else:
        yield archive


def _write_file_prefix(f, interpreter):
    if interpreter:
        f.write(b"#!" + interpreter.encode(shebang_encoding) + b"\n")


def _copy_archive(archive, new_archive, interpreter=None):
    """An archive copied with its #! line replaced (or removed)."""
    with _maybe_open(archive, "rb") as src:
        first_2 = src.read(2)
        if first_2 == b"#!":
            src.readline()
            first_2 = b""
        with _maybe_open(new_archive, "wb") as dst:
            _write_file_prefix(dst, interpreter)
            dst.write(first_2)
            shutil.copyfileobj(src, dst)
    if interpreter and isinstance(new_archive, str):
        os.chmod(new_archive, os.stat(new_archive).st_mode | stat.S_IEXEC)


def _entry_point_source(main):
    module, sep, function = main.partition(":")
    module_ok = all(part.isidentifier() for part in module.split("."))
    function_ok = all(part.isidentifier() for part in function.split("."))
    if not (sep == ":" and module_ok and function_ok):
        raise ZipAppError("Invalid entry point: " + main)
    return MAIN_TEMPLATE.format(module=module, fn=function)


def create_archive(source, target=None, interpreter=None, main=None, filter=None, compressed=False):
    """Packs the directory `source` into an application archive (by
    default source.pyz). `main` ("pkg.mod:function") writes a
    __main__.py; `interpreter` adds a #! line and makes the file
    executable; `filter(relative path)` chooses the members. An archive
    as source is copied with a new #! line."""
    source_is_file = False
    if hasattr(source, "read") and hasattr(source, "readline"):
        source_is_file = True
    else:
        source = pathlib.Path(source)
        if source.is_file():
            source_is_file = True
    if source_is_file:
        _copy_archive(source, target, interpreter)
        return
    if not source.exists():
        raise ZipAppError("Source does not exist")
    has_main = (source / "__main__.py").is_file()
    if main and has_main:
        raise ZipAppError("Cannot specify entry point if the source has __main__.py")
    if not (main or has_main):
        raise ZipAppError("Archive has no entry point")
    main_py = _entry_point_source(main) if main else None
    if target is None:
        target = source.with_suffix(".pyz")
    elif not hasattr(target, "write"):
        target = pathlib.Path(target)
    with _maybe_open(target, "wb") as fd:
        _write_file_prefix(fd, interpreter)
        compression = zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED
        with zipfile.ZipFile(fd, "w", compression=compression) as z:
            for child in source.rglob("*"):
                arcname = child.relative_to(source)
                if filter is None or filter(arcname):
                    z.write(child, arcname.as_posix())
            if main_py:
                z.writestr("__main__.py", main_py.encode("utf-8"))
    if interpreter and not hasattr(target, "write"):
        target.chmod(target.stat().st_mode | stat.S_IEXEC)


def get_interpreter(archive):
    """The interpreter an archive's #! line names, or None."""
    with _maybe_open(archive, "rb") as f:
        if f.read(2) == b"#!":
            return f.readline().strip().decode(shebang_encoding)


def main(args=None):
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--output", "-o", default=None,
                        help="The name of the output archive. Required if SOURCE is an archive.")
    parser.add_argument("--python", "-p", default=None,
                        help="The name of the Python interpreter to use (default: no shebang line).")
    parser.add_argument("--main", "-m", default=None,
                        help="The main function of the application (default: use an existing __main__.py).")
    parser.add_argument("--compress", "-c", action="store_true",
                        help="Compress files with the deflate method. Files are stored uncompressed by default.")
    parser.add_argument("--info", default=False, action="store_true",
                        help="Display the interpreter from the archive.")
    parser.add_argument("source", help="Source directory (or existing archive).")
    args = parser.parse_args(args)

    if args.info:
        if not os.path.isfile(args.source):
            raise SystemExit("Can only get info for an archive file")
        interpreter = get_interpreter(args.source)
        print("Interpreter: {}".format(interpreter or "<none>"))
        sys.exit(0)
    if os.path.isfile(args.source):
        if args.output is None or (os.path.exists(args.output) and os.path.samefile(args.source, args.output)):
            raise SystemExit("In-place editing of archives is not supported")
        if args.main:
            raise SystemExit("Cannot change the main function when copying")
    create_archive(args.source, args.output, interpreter=args.python, main=args.main, compressed=args.compress)


if __name__ == "__main__":
    main()

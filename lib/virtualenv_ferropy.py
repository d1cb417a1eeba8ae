"""virtualenv's creator for ferropy environments (a virtualenv plugin).

virtualenv knows each interpreter it can copy by a creator class found
through the `virtualenv.create` entry points; ferropy's own is this one,
registered by the `virtualenv-ferropy` distribution that ships inside
ferropy's library. An environment gets the layout `ferropy -m venv` makes:
bin/ferropy, python, python3 and python3.11 linking (or copied from) the
base interpreter, and a pyvenv.cfg naming it.
"""

from pathlib import Path

from virtualenv.create.describe import PosixSupports, Python3Supports
from virtualenv.create.via_global_ref.builtin.ref import RefMust, RefWhen
from virtualenv.create.via_global_ref.builtin.via_global_self_do import ViaGlobalRefVirtualenvBuiltin


class FerropyPosix(ViaGlobalRefVirtualenvBuiltin, Python3Supports, PosixSupports):
    """A ferropy environment on a POSIX system."""

    @classmethod
    def can_describe(cls, interpreter):
        return interpreter.implementation == "ferropy" and super().can_describe(interpreter)

    @classmethod
    def exe_stem(cls):
        return "ferropy"

    @classmethod
    def exe_names(cls, interpreter):
        major, minor = interpreter.version_info.major, interpreter.version_info.minor
        return {cls.exe_stem(), "python", f"python{major}", f"python{major}.{minor}"}

    @classmethod
    def _executables(cls, interpreter):
        names = sorted(f"{name}{cls.suffix}" for name in cls.exe_names(interpreter))
        yield Path(interpreter.system_exe), names, RefMust.NA, RefWhen.ANY

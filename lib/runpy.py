"""Running modules and scripts as programs, found through the import
system: run_module ("python -m"), run_path (a script, a directory or a
zip archive with a __main__.py), and _run_module_as_main, which the
command line uses to run a directory or a zip archive in the real
__main__ module.
"""

import importlib.machinery  # noqa: F401 (importlib.util needs it loaded)
import importlib.util
import io
import os
import sys
import types

__all__ = ["run_module", "run_path"]

_NOT_SAVED = object()


class _TempModule:
    """Puts a fresh module in sys.modules under a name for the duration
    of a with block, then restores what was there."""

    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = types.ModuleType(mod_name)
        self._saved_module = []

    def __enter__(self):
        if self.mod_name in sys.modules:
            self._saved_module.append(sys.modules[self.mod_name])
        sys.modules[self.mod_name] = self.module
        return self

    def __exit__(self, *args):
        if self._saved_module:
            sys.modules[self.mod_name] = self._saved_module[0]
        else:
            del sys.modules[self.mod_name]
        self._saved_module = []


class _ModifiedArgv0:
    """Sets sys.argv[0] for the duration of a with block."""

    def __init__(self, value):
        self.value = value
        self._saved_value = _NOT_SAVED

    def __enter__(self):
        if self._saved_value is not _NOT_SAVED:
            raise RuntimeError("Already preserving saved value")
        self._saved_value = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *args):
        self.value = _NOT_SAVED
        sys.argv[0] = self._saved_value


class _Error(Exception):
    """A module cannot be run; the command line prints it and exits 1."""


def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None, pkg_name=None,
              script_name=None):
    """Runs code in run_globals with the module attributes a spec gives."""
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader, fname, cached = None, script_name, None
    else:
        loader, fname, cached = mod_spec.loader, mod_spec.origin, mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached, __doc__=None,
                       __loader__=loader, __package__=pkg_name, __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None, pkg_name=None, script_name=None):
    """Runs code in a temporary module (sys.modules and sys.argv[0] set
    while it runs) and returns a copy of its globals."""
    fname = script_name if mod_spec is None else mod_spec.origin
    with _TempModule(mod_name) as temp_module, _ModifiedArgv0(fname):
        mod_globals = temp_module.module.__dict__
        _run_code(code, mod_globals, init_globals, mod_name, mod_spec, pkg_name, script_name)
    return mod_globals.copy()


def _get_module_details(mod_name, error=ImportError):
    """(name, spec, code) of the module to run; a package runs its
    __main__ submodule."""
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name, _, _ = mod_name.rpartition(".")
    if pkg_name:
        # Import the parent first, so its __path__ is there to search.
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + ".")):
                raise
        existing = sys.modules.get(mod_name)
        if existing is not None and not hasattr(existing, "__path__"):
            from warnings import warn
            warn(RuntimeWarning(f"{mod_name!r} found in sys.modules after import of package {pkg_name!r}, "
                                f"but prior to execution of {mod_name!r}; this may result in unpredictable "
                                "behaviour"))
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = "Error while finding module specification for {!r} ({}: {})"
        if mod_name.endswith(".py"):
            msg += f". Try using '{mod_name[:-3]}' instead of '{mod_name}' as the module name."
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error("No module named %s" % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            return _get_module_details(mod_name + ".__main__", error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(f"{e}; {mod_name!r} is a package and cannot be directly executed")
    loader = spec.loader
    if loader is None:
        raise error("%r is a namespace package and cannot be executed" % mod_name)
    try:
        code = loader.get_code(mod_name)
    except ImportError as e:
        raise error(format(e)) from e
    if code is None:
        raise error("No code object available for %s" % mod_name)
    return mod_name, spec, code


def _get_main_module_details(error=ImportError):
    """The details of __main__ as found on sys.path (whose first entry
    is the directory or archive being run), not the running __main__."""
    main_name = "__main__"
    saved_main = sys.modules[main_name]
    del sys.modules[main_name]
    try:
        return _get_module_details(main_name)
    except ImportError as exc:
        if main_name in str(exc):
            raise error(f"can't find {main_name!r} module in {sys.path[0]!r}") from exc
        raise
    finally:
        sys.modules[main_name] = saved_main


def _run_module_as_main(mod_name, alter_argv=True):
    """Runs a module in the real __main__ module's namespace: `-m name`
    (alter_argv) or a directory or zip archive first on sys.path."""
    try:
        if alter_argv or mod_name != "__main__":
            mod_name, mod_spec, code = _get_module_details(mod_name, _Error)
        else:
            mod_name, mod_spec, code = _get_main_module_details(_Error)
    except _Error as exc:
        sys.exit(f"{sys.executable}: {exc}")
    main_globals = sys.modules["__main__"].__dict__
    if alter_argv:
        sys.argv[0] = mod_spec.origin
    return _run_code(code, main_globals, None, "__main__", mod_spec)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Runs a module found on the import path and returns its globals.
    With alter_sys, sys.modules[run_name] and sys.argv[0] are set while
    it runs."""
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)
    return _run_code(code, {}, init_globals, run_name, mod_spec)


def _get_code_from_file(fname):
    decoded_path = os.path.abspath(os.fsdecode(fname))
    with io.open_code(decoded_path) as f:
        source = f.read()
    return compile(source, fname, "exec")


def run_path(path_name, init_globals=None, run_name=None):
    """Runs a script, or the __main__ module of a directory or zip
    archive, and returns its globals."""
    if run_name is None:
        run_name = "<run_path>"
    pkg_name = run_name.rpartition(".")[0]
    from pkgutil import get_importer
    importer = get_importer(path_name)
    if importer is None:
        code = _get_code_from_file(path_name)
        return _run_module_code(code, init_globals, run_name, pkg_name=pkg_name, script_name=path_name)
    # A directory or archive: its __main__, with it first on sys.path.
    sys.path.insert(0, path_name)
    try:
        mod_name, mod_spec, code = _get_main_module_details()
        with _TempModule(run_name) as temp_module, _ModifiedArgv0(path_name):
            mod_globals = temp_module.module.__dict__
            return _run_code(code, mod_globals, init_globals, run_name, mod_spec, pkg_name).copy()
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass

"""The import system's core: specs, the module finders on sys.meta_path,
and loading a module from its spec.

The runtime loads this module itself when it starts (as `_frozen_importlib`,
before any import can run), so it may use only built-in modules. `import`
statements end here when a module is not in sys.modules yet: the runtime
calls `_find_and_load(name)`, which asks each finder on sys.meta_path for a
spec and runs the spec's loader, as CPython's importlib does. Frames of this
file are dropped from the tracebacks of failed imports.

docs/imports.md describes the whole system.
"""

_bootstrap_external = None

sys = None
_imp = None
_thread = None


def _wrap(new, old):
    """Give a wrapper the name, module and docs of the function it wraps."""
    for replace in ["__module__", "__name__", "__qualname__", "__doc__"]:
        if hasattr(old, replace):
            setattr(new, replace, getattr(old, replace))
    new.__dict__.update(old.__dict__)


def _new_module(name):
    return type(sys)(name)


def _call_with_frames_removed(f, *args, **kwds):
    """Marks a call out of the import system (the runtime drops the frames
    of this file from tracebacks anyway)."""
    return f(*args, **kwds)


def _verbose_message(message, *args, verbosity=1):
    """Trace an import step on stderr under -v (PYTHONVERBOSE)."""
    if sys.flags.verbose >= verbosity:
        if not message.startswith(("#", "import ")):
            message = "# " + message
        print(message.format(*args), file=sys.stderr)


def _requires_builtin(fxn):
    """Refuse names that are not built-in modules."""

    def _requires_builtin_wrapper(self, fullname):
        if fullname not in sys.builtin_module_names:
            raise ImportError(f"{fullname!r} is not a built-in module", name=fullname)
        return fxn(self, fullname)

    _wrap(_requires_builtin_wrapper, fxn)
    return _requires_builtin_wrapper


def _requires_frozen(fxn):
    """Refuse names that are not frozen modules."""

    def _requires_frozen_wrapper(self, fullname):
        if not _imp.is_frozen(fullname):
            raise ImportError(f"{fullname!r} is not a frozen module", name=fullname)
        return fxn(self, fullname)

    _wrap(_requires_frozen_wrapper, fxn)
    return _requires_frozen_wrapper


def _load_module_shim(self, fullname):
    """The old loader.load_module(name) API, on top of specs."""
    spec = spec_from_loader(fullname, self)
    if fullname in sys.modules:
        module = sys.modules[fullname]
        _exec(spec, module)
        return sys.modules[fullname]
    return _load(spec)


class ModuleSpec:
    """The specification for a module, used for loading.

    A module's spec is the source for information about the module: its
    name, its loader, where it comes from (origin), where its submodules
    are searched (submodule_search_locations, for packages), and loader
    data. Its attributes are kept on the module as __name__, __loader__,
    __package__, __path__, __file__ and __cached__.
    """

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.origin is not None:
            args.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            args.append(f"submodule_search_locations={self.submodule_search_locations}")
        return f"{self.__class__.__name__}({', '.join(args)})"

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (
                self.name == other.name
                and self.loader == other.loader
                and self.origin == other.origin
                and smsl == other.submodule_search_locations
                and self.cached == other.cached
                and self.has_location == other.has_location
            )
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if _bootstrap_external is None:
                raise NotImplementedError
            self._cached = _bootstrap_external._get_cached(self.origin)
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module a loader can load, asking the loader what it
    knows (its file name, whether the module is a package)."""
    if origin is None:
        origin = getattr(loader, "_ORIGIN", None)
    if not origin and hasattr(loader, "get_filename"):
        if _bootstrap_external is None:
            raise NotImplementedError
        spec_from_file_location = _bootstrap_external.spec_from_file_location
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, "is_package"):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def _spec_from_module(module, loader=None, origin=None):
    try:
        spec = module.__spec__
    except AttributeError:
        pass
    else:
        if spec is not None:
            return spec
    name = module.__name__
    if loader is None:
        try:
            loader = module.__loader__
        except AttributeError:
            pass
    try:
        location = module.__file__
    except AttributeError:
        location = None
    if origin is None:
        if loader is not None:
            origin = getattr(loader, "_ORIGIN", None)
        if not origin and location is not None:
            origin = location
    try:
        cached = module.__cached__
    except AttributeError:
        cached = None
    try:
        submodule_search_locations = list(module.__path__)
    except AttributeError:
        submodule_search_locations = None
    spec = ModuleSpec(name, loader, origin=origin)
    spec._set_fileattr = origin is not None and origin == location
    spec.cached = cached
    spec.submodule_search_locations = submodule_search_locations
    return spec


def _init_module_attrs(spec, module, *, override=False):
    """Copy a spec's facts onto the module's dunder attributes."""
    if override or getattr(module, "__name__", None) is None:
        try:
            module.__name__ = spec.name
        except AttributeError:
            pass
    if override or getattr(module, "__loader__", None) is None:
        loader = spec.loader
        try:
            module.__loader__ = loader
        except AttributeError:
            pass
    if override or getattr(module, "__package__", None) is None:
        try:
            module.__package__ = spec.parent
        except AttributeError:
            pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if override or getattr(module, "__path__", None) is None:
        if spec.submodule_search_locations is not None:
            try:
                module.__path__ = spec.submodule_search_locations
            except AttributeError:
                pass
    if spec.has_location:
        if override or getattr(module, "__file__", None) is None:
            try:
                module.__file__ = spec.origin
            except AttributeError:
                pass
        if override or getattr(module, "__cached__", None) is None:
            if spec.cached is not None:
                try:
                    module.__cached__ = spec.cached
                except AttributeError:
                    pass
    return module


def module_from_spec(spec):
    """A new module for a spec: the loader's own, or a plain one, with its
    import attributes set."""
    module = None
    if hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        module = _new_module(spec.name)
    _init_module_attrs(spec, module)
    return module


def _exec(spec, module):
    """Run a module's code again in its existing namespace (reload)."""
    name = spec.name
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name!r} not in sys.modules", name=name)
    try:
        if spec.loader is None:
            if spec.submodule_search_locations is None:
                raise ImportError("missing loader", name=spec.name)
            _init_module_attrs(spec, module, override=True)
        else:
            _init_module_attrs(spec, module, override=True)
            if not hasattr(spec.loader, "exec_module"):
                spec.loader.load_module(name)
            else:
                spec.loader.exec_module(module)
    finally:
        module = sys.modules.pop(spec.name)
        sys.modules[spec.name] = module
    return module


def _load_backward_compatible(spec):
    # A loader with only the old load_module().
    try:
        spec.loader.load_module(spec.name)
    except:
        if spec.name in sys.modules:
            module = sys.modules.pop(spec.name)
            sys.modules[spec.name] = module
        raise
    module = sys.modules.pop(spec.name)
    sys.modules[spec.name] = module
    if getattr(module, "__loader__", None) is None:
        try:
            module.__loader__ = spec.loader
        except AttributeError:
            pass
    if getattr(module, "__package__", None) is None:
        try:
            module.__package__ = module.__name__
            if not hasattr(module, "__path__"):
                module.__package__ = spec.name.rpartition(".")[0]
        except AttributeError:
            pass
    if getattr(module, "__spec__", None) is None:
        try:
            module.__spec__ = spec
        except AttributeError:
            pass
    return module


def _load_unlocked(spec):
    if spec.loader is not None:
        if not hasattr(spec.loader, "exec_module"):
            return _load_backward_compatible(spec)
    module = module_from_spec(spec)
    spec._initializing = True
    try:
        sys.modules[spec.name] = module
        try:
            if spec.loader is None:
                if spec.submodule_search_locations is None:
                    raise ImportError("missing loader", name=spec.name)
            else:
                spec.loader.exec_module(module)
        except:
            try:
                del sys.modules[spec.name]
            except KeyError:
                pass
            raise
        # The module may have replaced itself in sys.modules.
        module = sys.modules.pop(spec.name)
        sys.modules[spec.name] = module
        _verbose_message("import {!r} # {!r}", spec.name, spec.loader)
    finally:
        spec._initializing = False
    return module


def _load(spec):
    """Load a module from its spec and return it."""
    return _load_unlocked(spec)


class BuiltinImporter:
    """Meta path finder and loader for the modules compiled into the
    interpreter."""

    _ORIGIN = "built-in"

    @staticmethod
    def module_repr(module):
        return f"<module {module.__name__!r} ({BuiltinImporter._ORIGIN})>"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None:
            return None
        if _imp.is_builtin(fullname):
            return spec_from_loader(fullname, cls, origin=cls._ORIGIN)
        return None

    @classmethod
    def find_module(cls, fullname, path=None):
        spec = cls.find_spec(fullname, path)
        return spec.loader if spec is not None else None

    @staticmethod
    def create_module(spec):
        """Run the native initialisation of a built-in module."""
        if spec.name not in sys.builtin_module_names:
            raise ImportError(f"{spec.name!r} is not a built-in module", name=spec.name)
        return _call_with_frames_removed(_imp.create_builtin, spec)

    @staticmethod
    def exec_module(module):
        """Exec a built-in module (its native code ran in create_module)."""
        _call_with_frames_removed(_imp.exec_builtin, module)

    @classmethod
    @_requires_builtin
    def get_code(cls, fullname):
        """Built-in modules have no code object."""
        return None

    @classmethod
    @_requires_builtin
    def get_source(cls, fullname):
        """Built-in modules have no source."""
        return None

    @classmethod
    @_requires_builtin
    def is_package(cls, fullname):
        """A built-in module is never a package."""
        return False

    load_module = classmethod(_load_module_shim)


class FrozenImporter:
    """Meta path finder for frozen modules. ferropy freezes none (its own
    library is found on sys.path), so this finder never finds one."""

    _ORIGIN = "frozen"

    @staticmethod
    def module_repr(m):
        return f"<module {m.__name__!r} ({FrozenImporter._ORIGIN})>"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None

    @classmethod
    def find_module(cls, fullname, path=None):
        return None

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        raise ImportError(f"{module.__name__!r} is not a frozen module", name=module.__name__)

    @classmethod
    @_requires_frozen
    def get_code(cls, fullname):
        return None

    @classmethod
    @_requires_frozen
    def get_source(cls, fullname):
        return None

    @classmethod
    @_requires_frozen
    def is_package(cls, fullname):
        return False

    load_module = classmethod(_load_module_shim)


def _resolve_name(name, package, level):
    """The absolute name of a relative import."""
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def _find_spec_legacy(finder, name, path):
    loader = finder.find_module(name, path)
    if loader is None:
        return None
    return spec_from_loader(name, loader)


def _find_spec(name, path, target=None):
    """Find a module's spec: ask each finder on sys.meta_path in turn."""
    meta_path = sys.meta_path
    if meta_path is None:
        raise ImportError("sys.meta_path is None, Python is likely shutting down")
    if not meta_path:
        _warn("sys.meta_path is empty", ImportWarning)
    is_reload = name in sys.modules
    for finder in meta_path:
        try:
            find_spec = finder.find_spec
        except AttributeError:
            spec = _find_spec_legacy(finder, name, path)
            if spec is None:
                continue
        else:
            spec = find_spec(name, path, target)
        if spec is not None:
            # A module that imported itself while being found is kept.
            if not is_reload and name in sys.modules:
                module = sys.modules[name]
                try:
                    __spec__ = module.__spec__
                except AttributeError:
                    return spec
                else:
                    if __spec__ is None:
                        return spec
                    return __spec__
            return spec
    return None


def _warn(message, category):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, category, stacklevel=3)


def _sanity_check(name, package, level):
    """Check the arguments of an import for type and range errors."""
    if not isinstance(name, str):
        raise TypeError(f"module name must be str, not {type(name)}")
    if level < 0:
        raise ValueError("level must be >= 0")
    if level > 0:
        if not isinstance(package, str):
            raise TypeError("__package__ not set to a string")
        elif not package:
            raise ImportError("attempted relative import with no known parent package")
    if not name and level == 0:
        raise ValueError("Empty module name")


_ERR_MSG_PREFIX = "No module named "
_ERR_MSG = _ERR_MSG_PREFIX + "{!r}"


def _find_and_load_unlocked(name, import_):
    path = None
    parent = name.rpartition(".")[0]
    parent_spec = None
    if parent:
        if parent not in sys.modules:
            _call_with_frames_removed(import_, parent)
        # Importing the parent may have imported this module.
        if name in sys.modules:
            return sys.modules[name]
        parent_module = sys.modules[parent]
        try:
            path = parent_module.__path__
        except AttributeError:
            msg = (_ERR_MSG + "; {!r} is not a package").format(name, parent)
            raise ModuleNotFoundError(msg, name=name) from None
        parent_spec = getattr(parent_module, "__spec__", None)
        child = name.rpartition(".")[2]
    spec = _find_spec(name, path)
    if spec is None:
        raise ModuleNotFoundError(_ERR_MSG.format(name), name=name)
    if parent_spec is not None:
        parent_spec._uninitialized_submodules.append(child)
    try:
        module = _load_unlocked(spec)
    finally:
        if parent_spec is not None:
            parent_spec._uninitialized_submodules.pop()
    if parent:
        parent_module = sys.modules[parent]
        try:
            setattr(parent_module, child, module)
        except AttributeError:
            msg = f"Cannot set an attribute on {parent!r} for child module {child!r}"
            _warn(msg, ImportWarning)
    return module


_NEEDS_LOADING = object()


class _DeadlockError(RuntimeError):
    pass


# Threads import concurrently: one lock per module name, held while the
# module loads, so another thread waits for it to finish rather than see
# it half made. The thread loading a module may take its lock again (a
# circular import gets the partial module, as without threads); two
# threads each waiting for the other's module is a deadlock, detected
# through `_blocking_on`, and the waiter then gets the partial module.
_module_locks = {}
# Thread ident -> the module lock that thread waits for.
_blocking_on = {}


class _ModuleLock:
    def __init__(self, name):
        self._get_ident = _thread.get_ident
        self.lock = _thread.allocate_lock()
        self.wakeup = _thread.allocate_lock()
        self.name = name
        self.owner = None
        self.count = 0
        self.waiters = 0

    def has_deadlock(self):
        """Whether the owner waits, through a chain of threads, for us."""
        me = self._get_ident()
        tid = self.owner
        seen = set()
        while True:
            lock = _blocking_on.get(tid)
            if lock is None:
                return False
            tid = lock.owner
            if tid == me:
                return True
            if tid in seen:
                return False
            seen.add(tid)

    def acquire(self):
        tid = self._get_ident()
        _blocking_on[tid] = self
        try:
            while True:
                with self.lock:
                    if self.count == 0 or self.owner == tid:
                        self.owner = tid
                        self.count += 1
                        return
                    if self.has_deadlock():
                        raise _DeadlockError(f"deadlock detected by {self!r}")
                    if self.wakeup.acquire(False):
                        self.waiters += 1
                # Wait for release() to free `wakeup`.
                self.wakeup.acquire()
                self.wakeup.release()
        finally:
            del _blocking_on[tid]

    def release(self):
        with self.lock:
            self.count -= 1
            if self.count == 0:
                self.owner = None
                if self.waiters:
                    self.waiters -= 1
                    self.wakeup.release()

    def __repr__(self):
        return f"_ModuleLock({self.name!r}) at {id(self)}"


def _module_lock(name):
    lock = _module_locks.get(name)
    if lock is None:
        lock = _module_locks.setdefault(name, _ModuleLock(name))
    return lock


def _find_and_load(name, import_=None):
    """Find and load the module (the runtime calls this when `name` is not
    in sys.modules, or is there but still initializing)."""
    if import_ is None:
        import_ = _gcd_import
    module = sys.modules.get(name, _NEEDS_LOADING)
    if module is _NEEDS_LOADING:
        sys.audit("import", name, None, sys.path, sys.meta_path, sys.path_hooks)
    if module is _NEEDS_LOADING or getattr(getattr(module, "__spec__", None), "_initializing", False):
        lock = _module_lock(name)
        try:
            lock.acquire()
        except _DeadlockError:
            # Another thread loads it and waits for us: take it as it is.
            return sys.modules.get(name, module)
        try:
            module = sys.modules.get(name, _NEEDS_LOADING)
            if module is _NEEDS_LOADING:
                return _find_and_load_unlocked(name, import_)
        finally:
            lock.release()
    if module is None:
        message = f"import of {name} halted; None in sys.modules"
        raise ModuleNotFoundError(message, name=name)
    return module


def _gcd_import(name, package=None, level=0):
    """Import a module by name (relative to `package` when level > 0)."""
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    return _find_and_load(name)


def _handle_fromlist(module, fromlist, import_, *, recursive=False):
    """For `from package import a, b`: import the submodules named in
    fromlist that the package does not have yet."""
    for x in fromlist:
        if not isinstance(x, str):
            if recursive:
                where = module.__name__ + ".__all__"
            else:
                where = "``from list''"
            raise TypeError(f"Item in {where} must be str, not {type(x).__name__}")
        elif x == "*":
            if not recursive and hasattr(module, "__all__"):
                _handle_fromlist(module, module.__all__, import_, recursive=True)
        elif not hasattr(module, x):
            from_name = f"{module.__name__}.{x}"
            try:
                _call_with_frames_removed(import_, from_name)
            except ModuleNotFoundError as exc:
                if exc.name == from_name and sys.modules.get(from_name, _NEEDS_LOADING) is not None:
                    continue
                raise
    return module


def _calc___package__(globals):
    """The package a relative import starts from, given the importing
    module's globals."""
    package = globals.get("__package__")
    spec = globals.get("__spec__")
    if package is not None:
        if spec is not None and package != spec.parent:
            _warn(
                f"__package__ != __spec__.parent ({package!r} != {spec.parent!r})",
                DeprecationWarning,
            )
        return package
    elif spec is not None:
        return spec.parent
    else:
        _warn(
            "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__",
            ImportWarning,
        )
        package = globals["__name__"]
        if "__path__" not in globals:
            package = package.rpartition(".")[0]
    return package


def __import__(name, globals=None, locals=None, fromlist=(), level=0):
    """Import a module (the Python version of builtins.__import__)."""
    if level == 0:
        module = _gcd_import(name)
    else:
        globals_ = globals if globals is not None else {}
        package = _calc___package__(globals_)
        module = _gcd_import(name, package, level)
    if not fromlist:
        if level == 0:
            return _gcd_import(name.partition(".")[0])
        elif not name:
            return module
        else:
            cut_off = len(name) - len(name.partition(".")[0])
            return sys.modules[module.__name__[: len(module.__name__) - cut_off]]
    elif hasattr(module, "__path__"):
        return _handle_fromlist(module, fromlist, _gcd_import)
    else:
        return module


def _setup(sys_module, _imp_module):
    """Remember the built-in modules this file uses."""
    global _imp, sys, _thread
    _imp = _imp_module
    sys = sys_module
    # Before this module imports anything (its module locks need it).
    import _thread
    # The modules that exist before any import (sys, builtins, _imp) get
    # their specs now.
    for name, module in list(sys.modules.items()):
        if isinstance(module, type(sys)) and name in sys.builtin_module_names:
            if getattr(module, "__spec__", None) is None:
                spec = _spec_from_module(module, BuiltinImporter, BuiltinImporter._ORIGIN)
                _init_module_attrs(spec, module)


def _install(sys_module, _imp_module):
    """Put the finders of built-in and frozen modules on sys.meta_path."""
    _setup(sys_module, _imp_module)
    sys.meta_path.append(BuiltinImporter)
    sys.meta_path.append(FrozenImporter)


def _install_external_importers():
    """Add the finders that search directories (sys.path)."""
    global _bootstrap_external
    _bootstrap_external = sys.modules["_frozen_importlib_external"]
    _bootstrap_external._install(sys.modules[__name__])
    # Zip archives on sys.path are asked first, as in CPython; paths
    # looked at before the hook was in place are looked at again.
    _verbose_message("installing zipimport hook")
    import zipimport
    sys.path_hooks.insert(0, zipimport.zipimporter)
    _verbose_message("installed zipimport hook")
    sys.path_importer_cache.clear()

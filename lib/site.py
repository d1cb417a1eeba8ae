"""Site-specific start-up: what `import site` does when ferropy starts
(unless -S): the site-packages directories of the installation, of the
virtual environment and of the user are added to sys.path, their .pth
files are processed, sitecustomize and usercustomize are imported, and
exit/quit/help/copyright/credits/license are put in builtins.

The layout is CPython's, so installers find their way:
PREFIX/lib/python3.11/site-packages, and for the user
~/.local/lib/python3.11/site-packages. A venv is the directory holding
a pyvenv.cfg beside (or one above) sys.executable; ferropy's start-up
has already set sys.prefix to it (docs/packages.md).

Start-up speed matters here: `os` is imported only when there is a
directory to add or a relative path to fix.
"""

import sys
import builtins
import _sitebuiltins
import posix

# The prefixes whose site-packages are added; ENABLE_USER_SITE is None
# until main() decides (False: disabled by the user, None: by security).
PREFIXES = [sys.prefix, sys.exec_prefix]
ENABLE_USER_SITE = None
USER_SITE = None
USER_BASE = None

_VERSION_DIR = "python%d.%d" % sys.version_info[:2]


def _trace(message):
    if sys.flags.verbose:
        print(message, file=sys.stderr)


def _stat_mode(path):
    try:
        return posix.stat(path)[0]
    except (OSError, ValueError):
        return None


def _stat_isdir(path):
    mode = _stat_mode(path)
    return mode is not None and mode & 0o170000 == 0o040000


def _isdir(path):
    # Through os.path once os is imported (programs and tests may patch
    # it); at start-up straight from posix.
    os = sys.modules.get("os")
    if os is not None:
        return os.path.isdir(path)
    return _stat_isdir(path)


def _exists(path):
    return _stat_mode(path) is not None


def _embedded(path):
    # ferropy's own library on sys.path ("<ferropy-lib>") is no directory.
    return isinstance(path, str) and path.startswith("<")


def makepath(*paths):
    """The absolute, normalised path of the joined parts, and its case-
    normalised form (the same on POSIX)."""
    import os
    path = os.path.join(*paths)
    try:
        path = os.path.abspath(path)
    except OSError:
        pass
    return path, os.path.normcase(path)


def abs_paths():
    """Make the __file__ and __cached__ of the modules imported so far
    absolute (they may have come through a relative sys.path entry)."""
    import os
    for module in set(sys.modules.values()):
        loader_module = None
        try:
            loader_module = module.__loader__.__module__
        except AttributeError:
            try:
                loader_module = module.__spec__.loader.__module__
            except AttributeError:
                pass
        if loader_module not in {"_frozen_importlib", "_frozen_importlib_external"}:
            continue
        for attribute in ("__file__", "__cached__"):
            value = getattr(module, attribute, None)
            if isinstance(value, str) and not _embedded(value) and not value.startswith("/"):
                try:
                    setattr(module, attribute, os.path.abspath(value))
                except (AttributeError, OSError, TypeError):
                    pass


def removeduppaths():
    """Drop repeated entries of sys.path and make them absolute; return
    the set of (case-normalised) entries. The first entry (the script's
    directory, or '' for the working directory) is left as it is."""
    result = []
    known_paths = set()
    relative = any(isinstance(p, str) and p and not p.startswith("/") and not _embedded(p) for p in sys.path[1:])
    for index, entry in enumerate(sys.path):
        if not isinstance(entry, str):
            result.append(entry)
            continue
        if (index == 0 and entry == "") or _embedded(entry) or not relative:
            key = entry
        else:
            entry, key = makepath(entry)
        if key not in known_paths:
            result.append(entry)
            known_paths.add(key)
    sys.path[:] = result
    return known_paths


def _init_pathinfo():
    """The set of sys.path's directories (as makepath keys)."""
    import os
    known = set()
    for entry in sys.path:
        try:
            if isinstance(entry, str) and os.path.exists(entry):
                known.add(makepath(entry)[1])
        except TypeError:
            continue
    return known


def addpackage(sitedir, name, known_paths):
    """Process the .pth file `name` in `sitedir`: each line is a
    directory to add (when it exists), a comment (#), or a line starting
    with `import` that is executed. A failing line is reported on stderr
    with its traceback and the rest of the file is ignored; start-up goes
    on."""
    import os
    import io
    if known_paths is None:
        known_paths = _init_pathinfo()
        reset = True
    else:
        reset = False
    fullname = os.path.join(sitedir, name)
    _trace(f"Processing .pth file: {fullname!r}")
    try:
        stream = io.TextIOWrapper(io.open_code(fullname), encoding="locale")
    except OSError:
        return None
    with stream:
        for number, line in enumerate(stream, 1):
            if line.startswith("#"):
                continue
            if line.strip() == "":
                continue
            try:
                if line.startswith(("import ", "import\t")):
                    exec(line)
                    continue
                line = line.rstrip()
                directory, key = makepath(sitedir, line)
                if key not in known_paths and os.path.exists(directory):
                    sys.path.append(directory)
                    known_paths.add(key)
            except Exception:
                print(f"Error processing line {number:d} of {fullname}:\n", file=sys.stderr)
                import traceback
                for record in traceback.format_exception(*sys.exc_info()):
                    for text in record.splitlines():
                        print("  " + text, file=sys.stderr)
                print("\nRemainder of file ignored", file=sys.stderr)
                break
    if reset:
        known_paths = None
    return known_paths


def addsitedir(sitedir, known_paths=None):
    """Add `sitedir` to sys.path (unless it is there) and process its
    .pth files, in sorted order."""
    if known_paths is not None and "os" not in sys.modules and _plain_absolute(sitedir):
        # Start-up's common case, without importing os: a directory with
        # no .pth files is only appended.
        try:
            names = posix.listdir(sitedir)
        except OSError:
            names = None
        if names is not None and not any(n.endswith(".pth") for n in names):
            _trace(f"Adding directory: {sitedir!r}")
            if sitedir not in known_paths:
                sys.path.append(sitedir)
                known_paths.add(sitedir)
            return known_paths
    import os
    _trace(f"Adding directory: {sitedir!r}")
    if known_paths is None:
        known_paths = _init_pathinfo()
        reset = True
    else:
        reset = False
    sitedir, key = makepath(sitedir)
    if key not in known_paths:
        sys.path.append(sitedir)
        known_paths.add(key)
    try:
        names = os.listdir(sitedir)
    except OSError:
        return known_paths
    for name in sorted(n for n in names if n.endswith(".pth") and not n.startswith(".")):
        addpackage(sitedir, name, known_paths)
    if reset:
        known_paths = None
    return known_paths


def check_enableusersite():
    """Whether the user site directory may be used: False when -s, -I or
    PYTHONNOUSERSITE said no, None when the process runs with another
    user or group id than it was started with (set-uid programs)."""
    if sys.flags.no_user_site:
        return False
    if hasattr(posix, "getuid") and hasattr(posix, "geteuid"):
        if posix.geteuid() != posix.getuid():
            return None
    if hasattr(posix, "getgid") and hasattr(posix, "getegid"):
        if posix.getegid() != posix.getgid():
            return None
    return True


def _environ(name):
    value = posix.environ.get(name.encode())
    return value.decode(sys.getfilesystemencoding(), "surrogateescape") if value else None


def _getuserbase():
    """PYTHONUSERBASE, or ~/.local. Through os (environ, expanduser) once
    os is imported, so that programs and tests changing or mocking them
    are followed; before that (start-up) straight from posix."""
    os = sys.modules.get("os")
    if os is not None:
        base = os.environ.get("PYTHONUSERBASE")
        if base:
            return base
        return os.path.expanduser("~/.local")
    base = _environ("PYTHONUSERBASE")
    if base:
        return base
    home = _environ("HOME")
    if home:
        return home.rstrip("/") + "/.local" if home != "/" else "/.local"
    import os
    return os.path.expanduser("~/.local")


def getuserbase():
    """The user base directory (PYTHONUSERBASE, or ~/.local)."""
    global USER_BASE
    if USER_BASE is None:
        USER_BASE = _getuserbase()
    return USER_BASE


def _get_path(userbase):
    return f"{userbase}/lib/{_VERSION_DIR}/site-packages"


def getusersitepackages():
    """The user's site-packages directory (it may not exist)."""
    global USER_SITE, ENABLE_USER_SITE
    userbase = getuserbase()
    if USER_SITE is None:
        if userbase is None:
            ENABLE_USER_SITE = False
        else:
            USER_SITE = _get_path(userbase)
    return USER_SITE


def addusersitepackages(known_paths):
    """Add the user's site-packages, when it is enabled and exists."""
    _trace("Processing user site-packages")
    user_site = getusersitepackages()
    if ENABLE_USER_SITE and _isdir(user_site):
        addsitedir(user_site, known_paths)
    return known_paths


def getsitepackages(prefixes=None):
    """The global site-packages directories of `prefixes` (PREFIXES by
    default), each prefix once."""
    sitepackages = []
    seen = set()
    if prefixes is None:
        prefixes = PREFIXES
    for prefix in prefixes:
        if not prefix or prefix in seen or _embedded(prefix):
            continue
        seen.add(prefix)
        libdirs = [sys.platlibdir]
        if sys.platlibdir != "lib":
            libdirs.append("lib")
        for libdir in libdirs:
            sitepackages.append(f"{prefix}/{libdir}/{_VERSION_DIR}/site-packages")
    return sitepackages


def addsitepackages(known_paths, prefixes=None):
    """Add the global site-packages directories that exist."""
    _trace("Processing global site-packages")
    for sitedir in getsitepackages(prefixes):
        if _isdir(sitedir):
            addsitedir(sitedir, known_paths)
    return known_paths


def setquit():
    builtins.exit = _sitebuiltins.Quitter("exit", "Ctrl-D (i.e. EOF)")
    builtins.quit = _sitebuiltins.Quitter("quit", "Ctrl-D (i.e. EOF)")


def setcopyright():
    builtins.copyright = _sitebuiltins._Printer(
        "copyright", "ferropy: a Python implementation in Rust.\n"
                     "Python itself is Copyright (c) 2001 Python Software Foundation.")
    builtins.credits = _sitebuiltins._Printer(
        "credits", "Thanks to the CPython developers, whose documented behaviour ferropy follows.")
    builtins.license = _sitebuiltins._Printer(
        "license", "See the LICENSE file of the ferropy repository; Python is "
                   "distributed under the PSF License Agreement.")


def sethelper():
    builtins.help = _sitebuiltins._Helper()


def enablerlcompleter():
    """Set sys.__interactivehook__, which the prompt calls before its
    first line: it sets up readline's completion and history when the
    readline module exists. ferropy has none (its prompt has its own line
    editor, with history and completion), so the hook returns at once,
    as CPython's does on builds without readline."""

    def register_readline():
        try:
            import readline
            import rlcompleter  # noqa: F401
        except ImportError:
            return
        readline.parse_and_bind("tab: complete")

    sys.__interactivehook__ = register_readline


def _read_pyvenv_cfg(path):
    fd = posix.open(path, posix.O_RDONLY)
    try:
        chunks = []
        while chunk := posix.read(fd, 65536):
            chunks.append(chunk)
    finally:
        posix.close(fd)
    values = {}
    for raw in b"".join(chunks).decode("utf-8").splitlines():
        key, sep, value = raw.partition("=")
        if sep:
            values[key.strip().lower()] = value.strip()
    return values


def _plain_absolute(path):
    """Whether `path` is absolute and already normal (what makepath would
    return unchanged on POSIX)."""
    return (isinstance(path, str) and path.startswith("/") and not path.endswith("/") and "//" not in path
            and "/./" not in path and "/../" not in path and not path.endswith(("/.", "/..")))


def _parent(path):
    head = path.rstrip("/").rpartition("/")[0]
    return head or "/"


def venv(known_paths):
    """When sys.executable belongs to a virtual environment (a pyvenv.cfg
    beside it or one directory up), its site-packages is the global one;
    the base installation's is added only with
    include-system-site-packages = true, and the user site is off."""
    global PREFIXES, ENABLE_USER_SITE
    executable = sys.executable
    if not executable.startswith("/"):
        import os
        executable = os.path.abspath(executable)
    exe_dir = _parent(executable)
    candidates = [exe_dir + "/pyvenv.cfg", _parent(exe_dir) + "/pyvenv.cfg"]
    config = next((c for c in candidates if (_stat_mode(c) or 0) & 0o170000 == 0o100000), None)
    if config is None:
        return known_paths
    try:
        settings = _read_pyvenv_cfg(config)
    except (OSError, UnicodeDecodeError):
        return known_paths
    system_site = settings.get("include-system-site-packages", "false")
    site_prefix = _parent(config)
    sys.prefix = sys.exec_prefix = site_prefix
    addsitepackages(known_paths, [sys.prefix])
    if system_site.lower() == "true":
        PREFIXES.insert(0, sys.prefix)
    else:
        PREFIXES = [sys.prefix]
        ENABLE_USER_SITE = False
    return known_paths


def execsitecustomize():
    """Import sitecustomize if there is one; its errors are reported and
    start-up goes on."""
    _execcustomize("sitecustomize")


def execusercustomize():
    """Import usercustomize if there is one (user site enabled only)."""
    _execcustomize("usercustomize")


def _execcustomize(name):
    try:
        try:
            __import__(name)
        except ImportError as exc:
            if exc.name != name:
                raise
    except Exception as err:
        if sys.flags.verbose:
            sys.excepthook(*sys.exc_info())
        else:
            sys.stderr.write(f"Error in {name}; set PYTHONVERBOSE for traceback:\n"
                             f"{err.__class__.__name__}: {err}\n")


def _has_site_dirs():
    """Whether any directory start-up would add exists (so the common
    case of none costs no `os` import)."""
    candidates = getsitepackages([sys.prefix, sys.exec_prefix, sys.base_prefix])
    if not sys.flags.no_user_site:
        candidates.append(getusersitepackages())
    return any(_isdir(c) for c in candidates)


def main():
    """Add the standard site-specific directories to sys.path and run the
    customization modules (called when site is imported at start-up)."""
    global ENABLE_USER_SITE
    original = list(sys.path)
    known_paths = removeduppaths()
    if original != sys.path:
        abs_paths()
    if sys.prefix != sys.base_prefix or _has_site_dirs():
        known_paths = venv(known_paths)
        if ENABLE_USER_SITE is None:
            ENABLE_USER_SITE = check_enableusersite()
        known_paths = addusersitepackages(known_paths)
        known_paths = addsitepackages(known_paths)
    else:
        if ENABLE_USER_SITE is None:
            ENABLE_USER_SITE = check_enableusersite()
        getusersitepackages()
    setquit()
    setcopyright()
    sethelper()
    if not sys.flags.isolated:
        enablerlcompleter()
    execsitecustomize()
    if ENABLE_USER_SITE:
        execusercustomize()


if not sys.flags.no_site:
    main()


def _script():
    """`python -m site`: sys.path and the user site's state, or with
    --user-base / --user-site those paths and an exit status saying
    whether the user site is enabled."""
    import os
    help_text = f"""\
    {sys.argv[0]} [--user-base] [--user-site]

    Without arguments print some useful information
    With arguments print the value of USER_BASE and/or USER_SITE separated
    by '{os.pathsep}'.

    Exit codes with --user-base or --user-site:
      0 - user site directory is enabled
      1 - user site directory is disabled by user
      2 - user site directory is disabled by super user
          or for security reasons
     >2 - unknown error
    """
    args = sys.argv[1:]
    if not args:
        user_base = getuserbase()
        user_site = getusersitepackages()
        print("sys.path = [")
        for entry in sys.path:
            print(f"    {entry!r},")
        print("]")

        def exists(path):
            if path is not None and os.path.isdir(path):
                return "exists"
            return "doesn't exist"

        print(f"USER_BASE: {user_base!r} ({exists(user_base)})")
        print(f"USER_SITE: {user_site!r} ({exists(user_site)})")
        print(f"ENABLE_USER_SITE: {ENABLE_USER_SITE!r}")
        sys.exit(0)
    buffer = []
    if "--user-base" in args:
        buffer.append(USER_BASE)
    if "--user-site" in args:
        buffer.append(USER_SITE)
    if buffer:
        print(os.pathsep.join(str(b) for b in buffer))
        if ENABLE_USER_SITE:
            sys.exit(0)
        elif ENABLE_USER_SITE is False:
            sys.exit(1)
        elif ENABLE_USER_SITE is None:
            sys.exit(2)
        else:
            sys.exit(3)
    else:
        import textwrap
        print(textwrap.dedent(help_text))
        sys.exit(10)


if __name__ == "__main__":
    _script()

"""The interpreter's installation layout and build configuration.

ferropy is not built from a Makefile and loads no C extensions, so its
configuration variables are few: the version ones, the platform's, and
the install schemes' base directories; variables that only describe a C
build (compiler flags ...) are None, as they are on CPython builds that
lack them. EXT_SUFFIX and SOABI name ferropy's own ABI ("ferropy311"),
which no wheel built for CPython carries.
"""

import os
import sys

__all__ = ["get_config_h_filename", "get_config_var", "get_config_vars", "get_makefile_filename", "get_path",
           "get_path_names", "get_paths", "get_platform", "get_python_version", "get_scheme_names",
           "parse_config_h", "get_default_scheme", "get_preferred_scheme"]

_INSTALL_SCHEMES = {
    "posix_prefix": {
        "stdlib": "{installed_base}/{platlibdir}/python{py_version_short}",
        "platstdlib": "{platbase}/{platlibdir}/python{py_version_short}",
        "purelib": "{base}/lib/python{py_version_short}/site-packages",
        "platlib": "{platbase}/{platlibdir}/python{py_version_short}/site-packages",
        "include": "{installed_base}/include/python{py_version_short}{abiflags}",
        "platinclude": "{installed_platbase}/include/python{py_version_short}{abiflags}",
        "scripts": "{base}/bin",
        "data": "{base}",
    },
    "posix_home": {
        "stdlib": "{installed_base}/lib/python",
        "platstdlib": "{base}/lib/python",
        "purelib": "{base}/lib/python",
        "platlib": "{base}/lib/python",
        "include": "{installed_base}/include/python",
        "platinclude": "{installed_base}/include/python",
        "scripts": "{base}/bin",
        "data": "{base}",
    },
    "posix_user": {
        "stdlib": "{userbase}/{platlibdir}/python{py_version_short}",
        "platstdlib": "{userbase}/{platlibdir}/python{py_version_short}",
        "purelib": "{userbase}/lib/python{py_version_short}/site-packages",
        "platlib": "{userbase}/lib/python{py_version_short}/site-packages",
        "include": "{userbase}/include/python{py_version_short}",
        "scripts": "{userbase}/bin",
        "data": "{userbase}",
    },
}
# A virtual environment lays out its files as a prefix installation does.
_INSTALL_SCHEMES["venv"] = dict(_INSTALL_SCHEMES["posix_prefix"])

_SCHEME_KEYS = ("stdlib", "platstdlib", "purelib", "platlib", "include", "platinclude", "scripts", "data")

_CONFIG_VARS = None
_NO_C_COMPILER = "ferropy-cannot-build-C-extensions"


def _getuserbase():
    env = os.environ.get("PYTHONUSERBASE", None)
    if env:
        return env
    return os.path.expanduser("~/.local")


def get_config_vars(*args):
    """The configuration variables (a dict; or the values of the names
    given)."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        version = sys.version_info
        _CONFIG_VARS = {
            "prefix": os.path.normpath(sys.prefix),
            "exec_prefix": os.path.normpath(sys.exec_prefix),
            "py_version": "%d.%d.%d" % version[:3],
            "py_version_short": "%d.%d" % version[:2],
            "py_version_nodot": "%d%d" % version[:2],
            "py_version_nodot_plat": "",
            "installed_base": os.path.normpath(sys.base_prefix),
            "base": os.path.normpath(sys.prefix),
            "installed_platbase": os.path.normpath(sys.base_exec_prefix),
            "platbase": os.path.normpath(sys.exec_prefix),
            "projectbase": os.path.dirname(os.path.abspath(sys.executable)),
            "platlibdir": getattr(sys, "platlibdir", "lib"),
            "abiflags": getattr(sys, "abiflags", ""),
            "userbase": _getuserbase(),
            "VERSION": "%d.%d" % version[:2],
            "EXE": "",
            # ferropy loads no C extensions; these name the ABI its own
            # would have, which packaging turns into its wheel tags
            # (ferropy311), so no CPython wheel ever matches.
            # No C compiler is configured: the command named here does
            # not exist, so a build of a C extension fails at once with a
            # CompileError that names the reason, and packages whose
            # extensions are optional (markupsafe ...) fall back to
            # their pure-Python code, as on other Pythons without them.
            "CC": _NO_C_COMPILER,
            "CXX": _NO_C_COMPILER,
            "LDSHARED": _NO_C_COMPILER,
            "LDCXXSHARED": _NO_C_COMPILER,
            "CFLAGS": "",
            "CCSHARED": "",
            "OPT": "",
            "LDFLAGS": "",
            "SHLIB_SUFFIX": ".so",
            "AR": "ar",
            "ARFLAGS": "rcs",
            "SO": ".ferropy311.so",
            "EXT_SUFFIX": ".ferropy311.so",
            "SOABI": "ferropy311",
            "MULTIARCH": None,
            "Py_DEBUG": 0,
            "Py_ENABLE_SHARED": 0,
            "Py_TRACE_REFS": 0,
            "WITH_PYMALLOC": 0,
            "BINDIR": os.path.dirname(os.path.abspath(sys.executable)),
            "LIBDEST": None,
            "TZPATH": "/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo",
        }
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    """One configuration variable (None if ferropy has no such value)."""
    return get_config_vars().get(name)


def get_scheme_names():
    """The install schemes ferropy knows (the POSIX ones)."""
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    return _SCHEME_KEYS


# A user base directory exists on POSIX; ferropy is never run from its
# build tree the way CPython can be.
_HAS_USER_BASE = True
_PYTHON_BUILD = False


def _get_preferred_schemes():
    """The schemes for each kind of installation, a venv aside."""
    return {"prefix": "posix_prefix", "home": "posix_home", "user": "posix_user"}


def get_default_scheme():
    return get_preferred_scheme("prefix")


def get_preferred_scheme(key):
    """The scheme an installer should use for `key` (prefix, home, user);
    in a virtual environment the prefix scheme is "venv"."""
    if key == "prefix" and sys.prefix != sys.base_prefix:
        return "venv"
    scheme = _get_preferred_schemes()[key]
    if scheme not in _INSTALL_SCHEMES:
        raise ValueError(f"{key!r} returned {scheme!r}, which is not a valid scheme on this platform")
    return scheme


def _expand(template, variables):
    try:
        return os.path.normpath(template.format(**variables))
    except KeyError as e:
        raise AttributeError(f"{e}") from None


def get_paths(scheme=None, vars=None, expand=True):
    """The installation paths of a scheme."""
    if scheme is None:
        scheme = get_default_scheme()
    if not expand:
        return dict(_INSTALL_SCHEMES[scheme])
    return _expand_vars(scheme, vars)


def _expand_vars(scheme, vars):
    """A scheme's paths with `vars` (then the configuration variables)
    filled in, ~ expanded, and normalised."""
    variables = dict(get_config_vars())
    if vars:
        variables.update(vars)
    return {key: _expand(os.path.expanduser(value), variables) for key, value in _INSTALL_SCHEMES[scheme].items()}


def get_path(name, scheme=None, vars=None, expand=True):
    """One installation path of a scheme."""
    if scheme is None:
        scheme = get_default_scheme()
    return get_paths(scheme, vars, expand)[name]


def get_python_version():
    return "%d.%d" % sys.version_info[:2]


def get_platform():
    """The platform as distutils names it: 'linux-x86_64'."""
    import platform

    sysname = platform.system().lower().replace("/", "")
    machine = platform.machine().replace(" ", "_").replace("/", "-")
    if sysname[:5] == "linux":
        return f"{sysname}-{machine}"
    return f"{sysname}-{platform.release()}-{machine}"


def is_python_build(check_home=False):
    return False


def get_makefile_filename():
    """Where a CPython-style installation keeps its build Makefile. ferropy
    is not built from one, so the file is absent (as on CPython installs
    without their development files); reading it raises OSError."""
    return os.path.join(get_path("stdlib"), "config-%d.%d-ferropy" % sys.version_info[:2], "Makefile")


def get_config_h_filename():
    """Where pyconfig.h would be (absent: ferropy has no C API)."""
    return os.path.join(get_path("include"), "pyconfig.h")


def parse_config_h(fp, vars=None):
    """Read #define/#undef lines of a C header into a dict."""
    import re

    if vars is None:
        vars = {}
    define_rx = re.compile("#define ([A-Z][A-Za-z0-9_]+) (.*)\n")
    undef_rx = re.compile("/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n")
    while True:
        line = fp.readline()
        if not line:
            break
        m = define_rx.match(line)
        if m:
            n, v = m.group(1, 2)
            try:
                v = int(v)
            except ValueError:
                pass
            vars[n] = v
        else:
            m = undef_rx.match(line)
            if m:
                vars[m.group(1)] = 0
    return vars


def _print_dict(title, data):
    for index, (key, value) in enumerate(sorted(data.items())):
        if index == 0:
            print(f"{title}: ")
        print(f'\t{key} = "{value}"')


def _main():
    """`python -m sysconfig`: the platform, version, scheme, paths and
    configuration variables."""
    if "--generate-posix-vars" in sys.argv:
        raise NotImplementedError("--generate-posix-vars: ferropy is not built from a Makefile")
    print(f'Platform: "{get_platform()}"')
    print(f'Python version: "{get_python_version()}"')
    print(f'Current installation scheme: "{get_default_scheme()}"')
    print()
    _print_dict("Paths", get_paths())
    print()
    _print_dict("Variables", get_config_vars())


if __name__ == "__main__":
    _main()

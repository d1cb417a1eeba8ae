"""Bootstrap pip into the running interpreter's installation or venv.

CPython ships a pip wheel inside ensurepip; ferropy carries no copy of
pip. The wheel is taken from a local directory when the environment
variable FERROPY_ENSUREPIP_WHEELS names one holding pip-*.whl (offline
machines and tests), else fetched from the package index (PIP_INDEX_URL,
default https://pypi.org/simple) over HTTPS: the newest final release
of pip published as a pure-Python wheel that supports this Python, its
sha256 checked against the index's. That wheel's own pip then installs
itself, so the result is exactly what `pip install pip` makes (RECORD,
the pip, pip3 and pip3.11 scripts). As in Python 3.11, setuptools is
installed beside pip, taken the same way (docs/packages.md).
"""

import os
import sys
import tempfile

__all__ = ["version", "bootstrap"]

_PACKAGES = ("setuptools", "pip")
_WHEELS_VARIABLE = "FERROPY_ENSUREPIP_WHEELS"
_DEFAULT_INDEX = "https://pypi.org/simple"


def _version_key(text):
    """A sortable key for a final release like '24.3.1' (None for pre-
    releases, dev and local versions, which are skipped)."""
    parts = text.split(".")
    if not all(p.isdigit() for p in parts):
        return None
    return tuple(int(p) for p in parts)


def _wheel_version(filename):
    # name-version(-build)?-python-abi-platform.whl
    parts = filename[:-len(".whl")].split("-")
    return parts[1] if len(parts) >= 5 else None


def _python_ok(requires_python):
    """Whether a Requires-Python specifier admits this interpreter (the
    common forms: comma-separated comparisons of dotted numbers)."""
    if not requires_python:
        return True
    here = sys.version_info[:3]
    for clause in requires_python.split(","):
        clause = clause.strip()
        for op in ("~=", "==", "!=", ">=", "<=", ">", "<"):
            if clause.startswith(op):
                wanted = clause[len(op):].strip()
                break
        else:
            continue
        star = wanted.endswith(".*")
        key = _version_key(wanted[:-2] if star else wanted)
        if key is None:
            continue
        mine = tuple(here[:len(key)]) if star else here
        key = key + (0,) * (len(mine) - len(key)) if not star else key
        if op == ">=" and not mine >= key:
            return False
        if op == ">" and not mine > key:
            return False
        if op == "<=" and not mine <= key:
            return False
        if op == "<" and not mine < key:
            return False
        if op == "==" and mine != key:
            return False
        if op == "!=" and mine == key:
            return False
        if op == "~=" and not (mine >= key and mine[:len(key) - 1] == key[:len(key) - 1]):
            return False
    return True


def _local_wheel(package):
    folder = os.environ.get(_WHEELS_VARIABLE)
    if not folder:
        return None
    best = None
    for name in os.listdir(folder):
        if not (name.startswith(package + "-") and name.endswith("-py3-none-any.whl")):
            continue
        key = _version_key(_wheel_version(name) or "")
        if key is not None and (best is None or key > best[0]):
            best = (key, os.path.join(folder, name))
    if best is None:
        raise RuntimeError(f"no {package}-*-py3-none-any.whl in {folder} ({_WHEELS_VARIABLE})")
    return best[1]


def _index_url():
    return os.environ.get("PIP_INDEX_URL", _DEFAULT_INDEX).rstrip("/")


def _choose_from_index(package):
    """(filename, url, sha256) of the newest suitable wheel on the index,
    read through the index's JSON API (PEP 691)."""
    import json
    import urllib.parse
    import urllib.request

    page = f"{_index_url()}/{package}/"
    request = urllib.request.Request(page, headers={"Accept": "application/vnd.pypi.simple.v1+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        listing = json.load(response)
    best = None
    for entry in listing.get("files", ()):
        name = entry.get("filename", "")
        if not name.endswith("-py3-none-any.whl") or entry.get("yanked"):
            continue
        key = _version_key(_wheel_version(name) or "")
        if key is None or not _python_ok(entry.get("requires-python")):
            continue
        if best is None or key > best[0]:
            url = urllib.parse.urljoin(page, entry["url"])
            best = (key, name, url, entry.get("hashes", {}).get("sha256"))
    if best is None:
        raise RuntimeError(f"the index {_index_url()} has no {package} wheel for Python "
                           f"{sys.version_info[0]}.{sys.version_info[1]}")
    return best[1:]


def _fetch_wheel(package, folder):
    """The path of a wheel of `package` inside `folder`, copied from the
    local wheel directory or downloaded from the index."""
    import shutil

    local = _local_wheel(package)
    if local is not None:
        target = os.path.join(folder, os.path.basename(local))
        shutil.copyfile(local, target)
        return target
    import hashlib
    import urllib.request

    filename, url, sha256 = _choose_from_index(package)
    with urllib.request.urlopen(url, timeout=120) as response:
        data = response.read()
    if sha256 and hashlib.sha256(data).hexdigest() != sha256:
        raise RuntimeError(f"{filename} from {url} does not match the index's sha256")
    target = os.path.join(folder, filename)
    with open(target, "wb") as f:
        f.write(data)
    return target


def version():
    """The version of pip ensurepip would install: the local wheel's, or
    the newest on the index."""
    local = _local_wheel("pip")
    if local is not None:
        return _wheel_version(os.path.basename(local))
    return _wheel_version(_choose_from_index("pip")[0])


def _disable_pip_configuration_settings():
    # Settings meant for a normal pip run must not steer the bootstrap,
    # and the wheel's own scripts follow ENSUREPIP_OPTIONS alone.
    keys_to_remove = [k for k in os.environ if k.startswith("PIP_") and k != "PIP_INDEX_URL"]
    for key in keys_to_remove:
        del os.environ[key]
    os.environ["PIP_CONFIG_FILE"] = os.devnull


def _run_pip(args, additional_paths):
    """Run the wheel's pip in a fresh interpreter: the bootstrap must not
    leave pip's modules in this process."""
    import subprocess

    code = (f"import runpy, sys\n"
            f"sys.path = {additional_paths!r} + sys.path\n"
            f"sys.argv[1:] = {args!r}\n"
            f"runpy.run_module('pip', run_name='__main__', alter_sys=True)\n")
    command = [sys.executable, "-W", "ignore::DeprecationWarning", "-c", code]
    if sys.flags.isolated:
        command.insert(1, "-I")
    return subprocess.run(command, check=True).returncode


def bootstrap(*, root=None, upgrade=False, user=False, altinstall=False, default_pip=False,
              verbosity=0):
    """Install pip (raising on failure). `default_pip` also installs the
    plain `pip` script; `altinstall` installs only pip3.11."""
    _bootstrap(root=root, upgrade=upgrade, user=user, altinstall=altinstall,
               default_pip=default_pip, verbosity=verbosity)


def _bootstrap(*, root=None, upgrade=False, user=False, altinstall=False, default_pip=False,
               verbosity=0):
    if altinstall and default_pip:
        raise ValueError("Cannot use altinstall and default_pip together")
    sys.audit("ensurepip.bootstrap", root)
    _disable_pip_configuration_settings()
    if altinstall:
        os.environ["ENSUREPIP_OPTIONS"] = "altinstall"
    elif not default_pip:
        os.environ["ENSUREPIP_OPTIONS"] = "install"
    with tempfile.TemporaryDirectory() as tmpdir:
        wheels = [_fetch_wheel(package, tmpdir) for package in _PACKAGES]
        # pip runs from its own wheel.
        wheels = [w for w in wheels if os.path.basename(w).startswith("pip-")]
        args = ["install", "--no-cache-dir", "--no-index", "--find-links", tmpdir]
        if root:
            args += ["--root", root]
        if upgrade:
            args += ["--upgrade"]
        if user:
            args += ["--user"]
        if verbosity:
            args += ["-" + "v" * verbosity]
        return _run_pip([*args, *_PACKAGES], wheels)


def _uninstall_helper(*, verbosity=0):
    """Uninstall pip, if this ensurepip's version of it is installed."""
    try:
        import pip
    except ImportError:
        return
    _disable_pip_configuration_settings()
    args = ["uninstall", "-y", "--disable-pip-version-check"]
    if verbosity:
        args += ["-" + "v" * verbosity]
    return _run_pip([*args, *reversed(_PACKAGES)], [])


def _main(argv=None):
    import argparse

    parser = argparse.ArgumentParser(prog="python -m ensurepip")
    parser.add_argument("--version", action="store_true",
                        help="Show the version of pip that would be installed and exit.")
    parser.add_argument("-v", "--verbose", action="count", default=0, dest="verbosity",
                        help="Give more output. Option is additive, and can be used up to 3 times.")
    parser.add_argument("-U", "--upgrade", action="store_true", default=False,
                        help="Upgrade pip and dependencies, even if already installed.")
    parser.add_argument("--user", action="store_true", default=False,
                        help="Install using the user scheme.")
    parser.add_argument("--root", default=None,
                        help="Install everything relative to this alternate root directory.")
    parser.add_argument("--altinstall", action="store_true", default=False,
                        help="Make an alternate install, installing only the X.Y versioned scripts "
                             "(Default: pipX, pipX.Y).")
    parser.add_argument("--default-pip", action="store_true", default=False,
                        help="Make a default pip install, installing the unqualified pip in addition "
                             "to the versioned scripts.")
    args = parser.parse_args(argv)
    if args.version:
        print(f"pip {version()}")
        return 0
    return _bootstrap(root=args.root, upgrade=args.upgrade, user=args.user, verbosity=args.verbosity,
                      altinstall=args.altinstall, default_pip=args.default_pip)

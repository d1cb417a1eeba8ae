#!/usr/bin/env python3
"""Runs popular PyPI packages unmodified under ferropy and CPython.

Installs the packages with CPython's pip into a scratch folder, then for
each package runs its usage program tests/packages/<name>_use.py under
both interpreters with that folder on PYTHONPATH, and compares stdout and
exit status. With --venv, each interpreter instead gets its own virtual
environment made by its own `-m venv` (ferropy's fetches pip from the
registry) and installs the packages with its own pip from the registry:
the whole path a user takes, through ferropy's tools. It also imports every
module of each package under ferropy and counts how many import (modules
CPython itself cannot import, e.g. for missing optional dependencies,
are left out of the count).

Usage: python3 tools/check_packages.py [--ferropy PATH] [--dir SCRATCH] [--venv] [name ...]
"""

import argparse
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
# usage program -> (pip requirement, top-level import names)
PACKAGES = {
    "attrs": ("attrs", ["attr", "attrs"]),
    "certifi": ("certifi", ["certifi"]),
    "charset_normalizer": ("charset-normalizer", ["charset_normalizer"]),
    "click": ("click", ["click"]),
    "idna": ("idna", ["idna"]),
    "jinja2": ("jinja2", ["jinja2"]),
    "markupsafe": ("markupsafe", ["markupsafe"]),
    "more_itertools": ("more-itertools", ["more_itertools"]),
    "mpmath": ("mpmath", ["mpmath"]),
    "networkx": ("networkx", ["networkx"]),
    "packaging": ("packaging", ["packaging"]),
    "pluggy": ("pluggy", ["pluggy"]),
    "pyparsing": ("pyparsing", ["pyparsing"]),
    "dateutil": ("python-dateutil", ["dateutil"]),
    "pytest": ("pytest", ["pytest", "_pytest"]),
    "requests": ("requests", ["requests"]),
    "rich": ("rich", ["rich"]),
    "six": ("six", ["six"]),
    "sympy": ("sympy", ["sympy"]),
    "tabulate": ("tabulate", ["tabulate"]),
    "tqdm": ("tqdm", ["tqdm"]),
    "urllib3": ("urllib3", ["urllib3"]),
    "virtualenv": ("virtualenv", ["virtualenv"]),
}

COUNT_IMPORTS = r"""
import importlib, pkgutil, sys, json
ok, failed = [], []
for top in sys.argv[1:]:
    try:
        pkg = importlib.import_module(top)
    except BaseException as e:
        failed.append(top); continue
    ok.append(top)
    for info in pkgutil.walk_packages(getattr(pkg, "__path__", []), top + ".", onerror=lambda name: None):
        try:
            importlib.import_module(info.name)
            ok.append(info.name)
        except BaseException:
            failed.append(info.name)
print("MODULES " + json.dumps([ok, failed]))
"""


def run(exe, args, env, timeout=600):
    try:
        r = subprocess.run([exe, *args], capture_output=True, text=True, env=env, timeout=timeout, cwd=ROOT)
        return r.returncode, r.stdout, r.stderr
    except subprocess.TimeoutExpired:
        return "timeout", "", ""


def make_venvs(opts, reqs):
    """A venv per interpreter, each made by its own venv module and
    filled by its own pip from the registry; their pythons, and the
    environment to run programs in. Prints each step's time."""
    import shutil
    import time

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PIP_DISABLE_PIP_VERSION_CHECK="1")
    pythons = []
    for label, exe in (("cpython", sys.executable), ("ferropy", opts.ferropy)):
        venv = os.path.join(opts.dir, f"{label}-venv")
        if not opts.no_install:
            shutil.rmtree(venv, ignore_errors=True)
            start = time.perf_counter()
            subprocess.run([exe, "-m", "venv", venv], check=True, env=env)
            made = time.perf_counter() - start
            start = time.perf_counter()
            subprocess.run([os.path.join(venv, "bin", "python"), "-m", "pip", "install", "--quiet", *reqs],
                           check=True, env=env)
            print(f"{label}: venv with pip {made:.1f} s, pip install of {len(reqs)} packages "
                  f"{time.perf_counter() - start:.1f} s")
        pythons.append(os.path.join(venv, "bin", "python"))
    return pythons[0], pythons[1], env


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ferropy", default=str(ROOT / "target" / "release" / "ferropy"))
    ap.add_argument("--dir", default="/tmp/ferropy-packages")
    ap.add_argument("--no-install", action="store_true")
    ap.add_argument("--modules", action="store_true", help="also count importable modules")
    ap.add_argument("--venv", action="store_true",
                    help="install with each interpreter's own venv and pip, from the registry")
    ap.add_argument("names", nargs="*")
    opts = ap.parse_args()
    names = opts.names or list(PACKAGES)
    reqs = [PACKAGES[n][0] for n in names]
    if opts.venv:
        python, ferropy, env = make_venvs(opts, reqs)
    else:
        site = os.path.join(opts.dir, "site")
        if not opts.no_install:
            subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                            "--target", site, *reqs], check=True)
        env = dict(os.environ, PYTHONPATH=site, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
        python, ferropy = sys.executable, opts.ferropy
    same = 0
    print(f"{'package':20} {'result':10} {'modules (ferropy/CPython)':>26}")
    for name in names:
        program = str(ROOT / "tests" / "packages" / f"{name}_use.py")
        expected = run(python, [program], env)
        got = run(ferropy, [program], env)
        if got[:2] == expected[:2]:
            result = "identical"
            same += 1
        else:
            last = (got[2].strip().splitlines() or ["(different output)"])[-1]
            result = "DIFFERS: " + last[:100]
        modules = ""
        if opts.modules:
            import json

            tops = PACKAGES[name][1]
            def imported(exe):
                out = run(exe, ["-c", COUNT_IMPORTS, *tops], env)[1]
                lines = [l for l in out.splitlines() if l.startswith("MODULES ")]
                return json.loads(lines[-1][len("MODULES "):])[0] if lines else []

            c_ok = imported(python)
            f_ok = imported(ferropy)
            modules = f"{len(set(f_ok) & set(c_ok))}/{len(c_ok)}"
        print(f"{name:20} {modules:>8}  {result}")
    print(f"{same} of {len(names)} identical")


if __name__ == "__main__":
    main()

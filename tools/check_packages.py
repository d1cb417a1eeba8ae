#!/usr/bin/env python3
"""Runs popular PyPI packages unmodified under ferropy and CPython.

Installs the packages with CPython's pip into a scratch folder (ferropy's
own pip is a later issue), then for each package runs its usage program
tests/packages/<name>_use.py under both interpreters with that folder on
PYTHONPATH, and compares stdout and exit status. It also imports every
module of each package under ferropy and counts how many import (modules
CPython itself cannot import, e.g. for missing optional dependencies,
are left out of the count).

Usage: python3 tools/check_packages.py [--ferropy PATH] [--dir SCRATCH] [name ...]
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ferropy", default=str(ROOT / "target" / "release" / "ferropy"))
    ap.add_argument("--dir", default="/tmp/ferropy-packages")
    ap.add_argument("--no-install", action="store_true")
    ap.add_argument("--modules", action="store_true", help="also count importable modules")
    ap.add_argument("names", nargs="*")
    opts = ap.parse_args()
    names = opts.names or list(PACKAGES)
    site = os.path.join(opts.dir, "site")
    if not opts.no_install:
        reqs = [PACKAGES[n][0] for n in names]
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        "--target", site, *reqs], check=True)
    env = dict(os.environ, PYTHONPATH=site, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    same = 0
    print(f"{'package':20} {'result':10} {'modules (ferropy/CPython)':>26}")
    for name in names:
        program = str(ROOT / "tests" / "packages" / f"{name}_use.py")
        expected = run(sys.executable, [program], env)
        got = run(opts.ferropy, [program], env)
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

            c_ok = imported(sys.executable)
            f_ok = imported(opts.ferropy)
            modules = f"{len(set(f_ok) & set(c_ok))}/{len(c_ok)}"
        print(f"{name:20} {modules:>8}  {result}")
    print(f"{same} of {len(names)} identical")


if __name__ == "__main__":
    main()

"""Does the course's aiohttp example run on ferropy? Installs aiohttp and
its dependencies with CPython's pip into a scratch folder (pure-Python
mode: ferropy cannot load CPython extension modules, so the packages'
*_NO_EXTENSIONS switches select their Python fallbacks), runs
tools/aiohttp_check/animals_aiohttp.py under CPython and under ferropy,
and compares the outputs. CI does not run this (it needs the network).

    python3 tools/check_aiohttp.py [--ferropy target/release/ferropy] [--dir /tmp/aiohttp-check]
"""

import argparse
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "tools" / "aiohttp_check" / "animals_aiohttp.py"
PURE_PYTHON = {name: "1" for name in ["AIOHTTP_NO_EXTENSIONS", "MULTIDICT_NO_EXTENSIONS", "YARL_NO_EXTENSIONS",
                                       "FROZENLIST_NO_EXTENSIONS", "PROPCACHE_NO_EXTENSIONS"]}


def run(interpreter, folder):
    env = dict(os.environ, PYTHONPATH=str(folder), **PURE_PYTHON)
    proc = subprocess.run([interpreter, str(EXAMPLE)], capture_output=True, text=True, env=env, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ferropy", default=str(ROOT / "target" / "release" / "ferropy"))
    parser.add_argument("--dir", default="/tmp/aiohttp-check", help="scratch folder for the packages")
    args = parser.parse_args()
    folder = pathlib.Path(args.dir)
    if not (folder / "aiohttp").exists():
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--target", str(folder), "aiohttp"],
                       check=True)
    version = subprocess.run([sys.executable, "-c", "import aiohttp; print(aiohttp.__version__)"],
                             capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(folder))).stdout
    expected = run(sys.executable, folder)
    got = run(args.ferropy, folder)
    print(f"aiohttp {version.strip()}: CPython exit {expected[0]}, ferropy exit {got[0]}")
    if got == expected:
        print("same output:")
        print(got[1], end="")
        return 0
    print("outputs differ")
    print("--- CPython stdout\n" + expected[1] + "--- ferropy stdout\n" + got[1] + "--- ferropy stderr\n" + got[2])
    return 1


if __name__ == "__main__":
    sys.exit(main())

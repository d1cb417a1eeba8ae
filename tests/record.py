#!/usr/bin/env python3
"""Records the expected results of the test cases from CPython 3.11.

For every tests/cases/**/NAME.py this runs the real CPython interpreter on
the case (from the case's directory, with PYTHONHASHSEED=0 so that set and
dict orders are reproducible, stdin from NAME.stdin if present, extra
command-line arguments from NAME.args if present) and writes NAME.json with
the exit status, the complete stdout and stderr (with the case directory
written {dir} everywhere and object addresses 0xADDR, so the file moves between
machines), and the last line of stderr.

A NAME.cli case tests the command line itself: each of its lines is one
argument given to the interpreter (no script is added), NAME.env may set
environment variables (KEY=VALUE lines). In its recorded stderr line the
interpreter's own name is written {prog} and the case's directory {dir},
so that messages naming the program or a path compare equal.

Cases under tests/cases/numpy/ run with the real numpy 1.26.4 on the
path: this script installs it with CPython's pip into a scratch folder
($TMPDIR/ferropy-record-numpy-1.26.4) the first time. ferropy runs the
same cases with its own numpy.

The expectations are CPython's by construction: never edit a .json by hand,
re-run this script.  Usage: python3 tests/record.py [case-path-substring ...]
"""

import json
import os
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent / "cases"
NUMPY_VERSION = "1.26.4"


def numpy_folder():
    """A scratch folder holding the real numpy, installed on first use."""
    import tempfile
    folder = pathlib.Path(tempfile.gettempdir()) / f"ferropy-record-numpy-{NUMPY_VERSION}"
    if not (folder / "numpy" / "__init__.py").exists():
        subprocess.run([real_python(), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        "--target", str(folder), f"numpy=={NUMPY_VERSION}"], check=True)
    return str(folder)


def needs_numpy(case):
    return "numpy" in case.relative_to(ROOT).parts[:-1]


def real_python():
    # `python3` may be a pyenv shim; use the interpreter running this script.
    exe = sys.executable
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"record.py must run under CPython 3.11, not {sys.version}")
    return exe


def normalize_stderr(text, case_dir):
    text = text.replace(str(case_dir), "{dir}")
    return re.sub(r"0x[0-9a-f]+", "0xADDR", text)


def program_placeholder(text, python, case_dir):
    text = text.replace(str(case_dir), "{dir}")
    text = text.replace(python, "{prog}")
    # The program's name, not the word inside an address (peps.python.org).
    return re.sub(r"\bpython3?\b(?!\.org)", "{prog}", text)


def record(case, python):
    args = []
    args_file = case.with_suffix(".args")
    if args_file.exists():
        args = args_file.read_text().split()
    stdin_file = case.with_suffix(".stdin")
    stdin = stdin_file.read_bytes() if stdin_file.exists() else b""
    # No bytecode caches: they would clutter tests/cases, and whether a
    # case's imports write them must not depend on the caller's setting.
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    if needs_numpy(case):
        env["PYTHONPATH"] = numpy_folder()
    command = [python, case.name, *args]
    if case.suffix == ".cli":
        command = [python, *case.read_text().splitlines()]
        env_file = case.with_suffix(".env")
        if env_file.exists():
            for line in env_file.read_text().splitlines():
                key, _, value = line.partition("=")
                env[key] = value
    proc = subprocess.run(
        command,
        cwd=case.parent,
        input=stdin,
        capture_output=True,
        env=env,
        timeout=300,
    )
    stderr_text = proc.stderr.decode("utf-8", "replace")
    stderr_lines = stderr_text.rstrip("\n").split("\n")
    result = {
        "recorded_with": "CPython " + sys.version.split()[0] + (f" + numpy {NUMPY_VERSION}" if needs_numpy(case) else ""),
        "exit": proc.returncode,
        "stdout": proc.stdout.decode("utf-8", "replace").replace(str(case.parent), "{dir}"),
        "stderr_last": stderr_lines[-1].replace(str(case.parent), "{dir}") if proc.stderr else "",
        "stderr": normalize_stderr(stderr_text, case.parent),
    }
    if case.suffix == ".cli":
        result["stderr_last"] = program_placeholder(result["stderr_last"], python, case.parent)
        # Help texts name the interpreter as invoked.
        result["stdout"] = result["stdout"].replace(python, "{prog}")
    case.with_suffix(".json").write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")


def main():
    python = real_python()
    filters = sys.argv[1:]
    cases = sorted([*ROOT.rglob("*.py"), *ROOT.rglob("*.cli")])
    cases = [c for c in cases if not c.name.startswith("_") and "modules" not in c.relative_to(ROOT).parts[:-1]]
    if filters:
        cases = [c for c in cases if any(f in str(c) for f in filters)]
    for case in cases:
        record(case, python)
    print(f"recorded {len(cases)} cases")


if __name__ == "__main__":
    main()

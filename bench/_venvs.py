"""What the packaging benchmarks share: a virtual environment with pip
for the interpreter running the benchmark, made once and kept in
/tmp/ferropy-bench (pip is the wheel CPython's ensurepip bundles, so no
network is needed; ferropy's ensurepip is pointed at it). Not a
benchmark itself (bench/run.py skips files starting with "_")."""

import hashlib
import os
import subprocess
import sys

SCRATCH = "/tmp/ferropy-bench"


def bundled_wheels():
    """CPython's ensurepip wheel folder, found through the python3 on
    PATH (the interpreter running may be ferropy)."""
    out = subprocess.run(["python3", "-c", "import ensurepip, os; print(os.path.dirname(ensurepip.__file__))"],
                         capture_output=True, text=True, check=True).stdout.strip()
    return os.path.join(out, "_bundled")


def venv_python():
    """bin/python of this interpreter's benchmark venv, made if missing."""
    key = hashlib.sha256(os.path.realpath(sys.executable).encode()).hexdigest()[:12]
    venv = os.path.join(SCRATCH, f"{sys.implementation.name}-{key}")
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(os.path.join(venv, "bin", "pip")):
        env = clean_env()
        env["FERROPY_ENSUREPIP_WHEELS"] = bundled_wheels()
        subprocess.run([sys.executable, "-m", "venv", "--clear", venv], check=True, env=env,
                       stdout=subprocess.DEVNULL)
    return python


def clean_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PIP_", "VIRTUAL_ENV"))}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env

"""A packaging session run twice, under CPython 3.11 and under ferropy,
with the transcripts compared: venv creation with pip, pip installing
from a local folder of wheels and an sdist with an in-tree build
backend, console scripts, importlib.metadata, list/show/freeze/check,
--target, -r, download, wheel, uninstall, and failures (a missing
package, a wheel built for CPython's C API that ferropy must not pick).

No network: the test packages are built here, and pip itself is the
wheel CPython's ensurepip bundles (FERROPY_ENSUREPIP_WHEELS points
ferropy's ensurepip at it; CPython's uses it anyway). Run under
CPython:

    python3 tests/packaging/pip_session.py --ferropy target/release/ferropy

Exit status 0 when the transcripts agree (paths normalised), else 1
with a diff. CPython's answers are what ferropy's are checked against:
nothing here is an expected output written by hand, apart from the
C-extension refusal, which CPython (able to load it) cannot show.
"""

import argparse
import difflib
import io
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import textwrap

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from wheelbuild import build_wheel  # noqa: E402


# An sdist whose build backend lives in the sdist itself (PEP 517's
# backend-path), so building it needs nothing from an index.
BACKEND = '''\
"""A tiny PEP 517 backend: the package directory becomes a wheel."""
import base64, hashlib, os, zipfile

NAME, VERSION = "inplace", "0.1"


def _record(name, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def get_requires_for_build_wheel(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    dist_info = f"{NAME}-{VERSION}.dist-info"
    contents = {}
    for root, dirs, files in os.walk(NAME):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for file in sorted(files):
            path = os.path.join(root, file)
            with open(path, "rb") as f:
                contents[path.replace(os.sep, "/")] = f.read()
    contents[f"{dist_info}/METADATA"] = f"Metadata-Version: 2.1\\nName: {NAME}\\nVersion: {VERSION}\\n".encode()
    contents[f"{dist_info}/WHEEL"] = b"Wheel-Version: 1.0\\nGenerator: inplace\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n"
    records = [_record(name, data) for name, data in contents.items()] + [f"{dist_info}/RECORD,,"]
    contents[f"{dist_info}/RECORD"] = ("\\n".join(records) + "\\n").encode()
    filename = f"{NAME}-{VERSION}-py3-none-any.whl"
    with zipfile.ZipFile(os.path.join(wheel_directory, filename), "w") as archive:
        for name, data in contents.items():
            archive.writestr(name, data)
    return filename
'''


def build_sdist(folder):
    files = {
        "inplace-0.1/pyproject.toml": textwrap.dedent("""\
            [build-system]
            requires = []
            build-backend = "_backend"
            backend-path = ["."]
            """),
        "inplace-0.1/PKG-INFO": "Metadata-Version: 2.1\nName: inplace\nVersion: 0.1\n",
        "inplace-0.1/_backend.py": BACKEND,
        "inplace-0.1/inplace/__init__.py": "def where():\n    return 'built in place'\n",
    }
    path = os.path.join(folder, "inplace-0.1.tar.gz")
    with tarfile.open(path, "w:gz") as archive:
        for member, text in files.items():
            data = text.encode()
            info = tarfile.TarInfo(member)
            info.size = len(data)
            info.mtime = 1700000000
            archive.addfile(info, io.BytesIO(data))
    return path


def make_packages(folder):
    wheels = os.path.join(folder, "wheels")
    os.makedirs(wheels)
    build_wheel(wheels, "colorname", "1.0", {
        "colorname/__init__.py": "NAMES = {'red': '#ff0000', 'teal': '#008080'}\n\n"
                                 "def lookup(name):\n    return NAMES[name]\n",
    })
    build_wheel(wheels, "greet", "2.0", {
        "greet/__init__.py": "from colorname import lookup\n\n"
                             "def hello(who):\n    return f'Hello, {who}! teal is {lookup(\"teal\")}'\n",
        "greet/cli.py": "import sys\nfrom greet import hello\n\n"
                        "def main():\n    print(hello(sys.argv[1] if len(sys.argv) > 1 else 'world'))\n"
                        "    return 0\n",
    }, requires=["colorname>=1.0"], entry_points="[console_scripts]\ngreet = greet.cli:main\n")
    # Only a wheel for CPython 3.11's C API: ferropy cannot load it.
    build_wheel(wheels, "cext", "1.0", {"cext/__init__.py": "X = 1\n"}, tag="cp311-cp311-linux_x86_64")
    sdists = os.path.join(folder, "sdists")
    os.makedirs(sdists)
    return wheels, build_sdist(sdists)


PROVIDED = ("import importlib.metadata as m, sys; "
            "print(*sorted(d.metadata['Name'] for d in m.distributions(path=[p for p in sys.path if p.startswith('<')])))")


def provided_distributions(python, env):
    """The distributions an interpreter carries in its own library (ferropy's
    numpy and virtualenv creator; none for CPython): lowercase names."""
    result = subprocess.run([python, "-c", PROVIDED], env=env, capture_output=True, text=True, timeout=600)
    return {name.lower() for name in result.stdout.split()}


def leave_out_provided(lines, provided, command):
    """pip lists the interpreter's own distributions too: the transcript
    leaves their rows out, and `pip list`'s table its column padding, which
    their names widen (under both interpreters alike)."""
    def name_of(line):
        return re.split(r"[ =]", line.strip(), maxsplit=1)[0].lower()

    lines = [line for line in lines if name_of(line) not in provided]
    if command[-1] == "list":
        lines = [re.sub(r"-{2,}", "--", " ".join(line.split())) for line in lines]
    return lines


def run(command, env, cwd, transcript, placeholders, interpreter=None, provided=frozenset()):
    """Run a command; add its normalised output and status to the
    transcript."""
    try:
        result = subprocess.run(command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                text=True, timeout=600)
        text, status = result.stdout, result.returncode
    except OSError as err:
        text, status = f"cannot run: {err.strerror}", None
    for value, name in placeholders:
        text = text.replace(value, name)
    # Temporary folder names pip makes, and pip's timing-dependent notices.
    text = re.sub(r"/tmp/[A-Za-z0-9_.-]+", "<TMP>", text)
    # A built wheel's hash depends on the time in its zip entries, and
    # pip's wheel cache folder on the interpreter's name.
    text = re.sub(r"sha256=[0-9a-f]{64}", "sha256=<HASH>", text)
    text = re.sub(r"wheels(/[0-9a-f]{2}){3}/[0-9a-f]+", "wheels/<KEY>", text)
    lines = [line for line in text.splitlines() if "[notice]" not in line and line.strip()]
    lines = leave_out_provided(lines, provided, command)
    shown = " ".join(["<PYTHON>" if i == 0 and c == interpreter else os.path.basename(c) if i == 0 else c
                      for i, c in enumerate(command)])
    for value, name in placeholders:
        shown = shown.replace(value, name)
    transcript.append(f"$ {shown}")
    transcript.extend(lines)
    transcript.append(f"[exit {status}]")


def session(python, label, base, wheels, sdist, pip_wheels):
    """The session under one interpreter; its transcript."""
    work = os.path.join(base, label)
    os.makedirs(work)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PIP_", "VIRTUAL_ENV"))}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PIP_NO_CACHE_DIR"] = "1"
    env["PIP_NO_INPUT"] = "1"
    env["FERROPY_ENSUREPIP_WHEELS"] = pip_wheels
    env["HOME"] = work
    transcript = []
    venv = os.path.join(work, "env")
    placeholders = [(venv, "<ENV>"), (wheels, "<WHEELS>"), (os.path.dirname(sdist), "<SDISTS>"),
                    (work, "<WORK>")]
    bin_dir = os.path.join(venv, "bin")
    py = os.path.join(bin_dir, "python")
    pip = [py, "-m", "pip"]
    links = ["--no-index", "--find-links", wheels]

    provided = provided_distributions(python, env)

    def step(*command):
        return run(list(command), env, work, transcript, placeholders, python, provided)

    step(python, "-m", "venv", venv)
    step(os.path.join(bin_dir, "pip"), "--version")
    step(py, "-c", "import sys; print(sys.prefix == sys.base_prefix, sys.prefix)")
    step(*pip, "install", *links, "greet")
    step(os.path.join(bin_dir, "greet"), "course")
    step(py, "-c", "import importlib.metadata as m; print(m.version('greet'), m.requires('greet'), "
                   "[e.value for e in m.entry_points(group='console_scripts')])")
    step(*pip, "list")
    step(*pip, "freeze")
    step(*pip, "show", "greet")
    step(*pip, "check")
    step(*pip, "install", *links, sdist)
    step(py, "-c", "import inplace; print(inplace.where())")
    step(*pip, "install", *links, "no-such-package")
    with open(os.path.join(work, "requirements.txt"), "w") as f:
        f.write("colorname==1.0\n")
    step(*pip, "install", *links, "--target", os.path.join(work, "target"), "-r",
         os.path.join(work, "requirements.txt"))
    step(py, "-c", f"import sys; sys.path.insert(0, {os.path.join(work, 'target')!r}); import colorname; "
                   f"print(colorname.lookup('red'), colorname.__file__)")
    step(*pip, "download", *links, "-d", os.path.join(work, "downloads"), "greet")
    step(py, "-c", f"import os; print(sorted(os.listdir({os.path.join(work, 'downloads')!r})))")
    step(*pip, "wheel", *links, "-w", os.path.join(work, "built"), sdist)
    step(*pip, "uninstall", "-y", "greet")
    step(py, "-c", "import importlib.util; print(importlib.util.find_spec('greet'))")
    step(py, "-m", "pip", "list", "--format=freeze")
    return transcript, env, pip, links, work, provided


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ferropy", required=True, help="the ferropy binary")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args()
    import ensurepip
    pip_wheels = os.path.join(os.path.dirname(ensurepip.__file__), "_bundled")
    ferropy = os.path.abspath(args.ferropy)
    base = tempfile.mkdtemp(prefix="pip_session_")
    wheels, sdist = make_packages(base)
    expected, *_ = session(sys.executable, "cpython", base, wheels, sdist, pip_wheels)
    actual, env, pip, links, work, provided = session(ferropy, "ferropy", base, wheels, sdist, pip_wheels)
    failed = False
    if expected != actual:
        failed = True
        print("ferropy's transcript differs from CPython's:")
        sys.stdout.writelines(difflib.unified_diff([l + "\n" for l in expected], [l + "\n" for l in actual],
                                                   "cpython", "ferropy"))
    # What CPython cannot show: a wheel for its C API is not for ferropy.
    refusal = []
    run([*pip, "install", *links, "cext"], env, work, refusal, [])
    if "ERROR: Could not find a version that satisfies the requirement cext" not in "\n".join(refusal) or \
            refusal[-1] != "[exit 1]":
        failed = True
        print("a cp311 wheel was not refused:", *refusal, sep="\n")
    # What CPython does not have: the distributions ferropy provides are
    # installed as far as pip can tell.
    listed = []
    run([*pip, "list", "--format=freeze"], env, work, listed, [])
    if "virtualenv-ferropy" not in provided or not all(f"{name}==" in "\n".join(listed).lower() for name in provided):
        failed = True
        print("pip does not list ferropy's own distributions", sorted(provided), *listed, sep="\n")
    if not args.keep:
        import shutil
        shutil.rmtree(base, ignore_errors=True)
    else:
        print("scratch folder:", base)
    if not failed:
        print(f"pip session: {len(actual)} transcript lines identical to CPython's; cp311 wheel refused")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""pip installing a ten-package set (a chain of dependencies, console
scripts) from a folder of local wheels into a fresh --target folder:
resolution, wheel unpacking, RECORD writing and byte-compiling, no
network."""

import os
import shutil
import subprocess
import sys
import tempfile

from _venvs import SCRATCH, clean_env, venv_python

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from wheelbuild import build_wheel  # noqa: E402

wheels = os.path.join(SCRATCH, "wheels-10")
if not os.path.isdir(wheels):
    os.makedirs(wheels)
    for i in range(10):
        modules = {f"benchpkg{i}/__init__.py": f"VALUE = {i}\n" + "".join(
            f"def f{k}(x):\n    return x * {k} + {i}\n" for k in range(50))}
        for k in range(5):
            modules[f"benchpkg{i}/part{k}.py"] = "".join(f"class C{m}:\n    x = {m}\n" for m in range(40))
        requires = [f"benchpkg{i + 1}"] if i < 9 else []
        build_wheel(wheels, f"benchpkg{i}", "1.0", modules, requires=requires,
                    entry_points=f"[console_scripts]\nbenchpkg{i} = benchpkg{i}:f0\n")

python = venv_python()
target = tempfile.mkdtemp(prefix="pip-target-")
try:
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--no-index", "--find-links", wheels, "--target",
                    target, "benchpkg0"], check=True, env=clean_env())
    print(sorted(name for name in os.listdir(target) if not name.endswith(".dist-info")))
finally:
    shutil.rmtree(target, ignore_errors=True)

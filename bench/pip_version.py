"""`python -m pip --version` five times in a venv: the cost of starting
pip (importing its command machinery), with bytecode caches warm after
the first run."""

import subprocess

from _venvs import clean_env, venv_python

python = venv_python()
for _ in range(5):
    out = subprocess.run([python, "-m", "pip", "--version"], capture_output=True, text=True, check=True,
                         env=clean_env()).stdout
print(out.split(" from ")[0])

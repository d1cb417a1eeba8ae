"""`import sympy` in a fresh process, three times (bytecode caches warm
after the first): the start-up cost of a large pure-Python package.
sympy is installed into the benchmark venv from the registry on the
first run (the only benchmark that needs the network, once)."""

import subprocess

from _venvs import clean_env, venv_python

python = venv_python()
check = subprocess.run([python, "-c", "import sympy"], capture_output=True, env=clean_env())
if check.returncode != 0:
    subprocess.run([python, "-m", "pip", "install", "--quiet", "sympy==1.14.0"], check=True, env=clean_env())
for _ in range(3):
    out = subprocess.run([python, "-c", "import sympy; print(sympy.__version__)"], capture_output=True, text=True,
                         check=True, env=clean_env()).stdout
print(out.strip())

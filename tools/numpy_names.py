#!/usr/bin/env python3
"""Writes lib/numpy/_names.py: the public names of the real numpy 1.26.4,
installed into a scratch folder (as tests/record.py does), so that
ferropy's numpy can tell a name it lacks from a name numpy never had.

Usage: python3 tools/numpy_names.py
"""

import pathlib
import subprocess
import sys
import textwrap

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from record import numpy_folder  # noqa: E402


def main():
    folder = numpy_folder()
    script = "import numpy; print(' '.join(sorted(n for n in dir(numpy) if not n.startswith('_'))))"
    names = subprocess.run([sys.executable, "-c", script], env={"PYTHONPATH": folder}, capture_output=True,
                           text=True, check=True).stdout
    text = ('"""The public names of numpy 1.26.4 (`dir(numpy)`), written by\n'
            'tools/numpy_names.py: a name here that ferropy lacks raises\n'
            'NotImplementedError naming it, any other AttributeError."""\n\n'
            'NUMPY_NAMES = frozenset("""\n' + textwrap.fill(names.strip(), 100) + '\n""".split())\n')
    (ROOT / "lib" / "numpy" / "_names.py").write_text(text)


if __name__ == "__main__":
    main()

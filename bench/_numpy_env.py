"""What the numpy benchmarks share: under CPython, the real numpy 1.26.4
(installed into the scratch folder tests/record.py uses) is put on
sys.path; ferropy has its own. `timed(seconds)` reports the measured
section, which bench/run.py then compares instead of the process's wall
time (so numpy's import is not counted in kernel benchmarks). Not a
benchmark itself."""

import pathlib
import sys

if sys.implementation.name == "cpython":
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "tests"))
    from record import numpy_folder

    sys.path.insert(0, numpy_folder())


def timed(seconds):
    print(f"timed: {seconds:.6f}")

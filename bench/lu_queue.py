"""The seminar's queue LU job (examples/lu/lu_queue.py: four random
300x300 matrices inverted in pure Python on threads), run unmodified."""

import sys

JOB_DIR = "../examples/lu"
sys.path.insert(0, JOB_DIR)
path = JOB_DIR + "/lu_queue.py"
with open(path) as f:
    exec(compile(f.read(), path, "exec"), {"__name__": "__main__", "__file__": path})

# The seminar's LU programs from examples/lu, run unmodified: the exact
# Fraction job, then the helper on a smaller float job (the full 4x300x300
# job is the benchmark, too slow for the test suite).
import sys

EXAMPLES = "../../../examples/lu"
sys.path.insert(0, EXAMPLES)


def run_example(name):
    path = f"{EXAMPLES}/{name}"
    with open(path) as f:
        code = compile(f.read(), path, "exec")
    exec(code, {"__name__": "__main__", "__file__": path})


run_example("lu_fraction.py")

import random
from helper import *

random.seed(42)
matrices = [generate_matrix(40) for _ in range(4)]
inverses = [invert(m) for m in matrices]
print('{}'.format(sum(inv[10][10] for inv in inverses)))
print(sum(sum(row) for row in inverses[0]))
a = [list(row) for row in matrices[1]]
p = lup_decompose(a)
print(p[:10], p[-1])
try:
    invert([[1.0, 2.0], [2.0, 4.0]])
except ValueError as e:
    print("ValueError:", e)

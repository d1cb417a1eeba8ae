"""The course's Pool job: multiprocessing.Pool.map inverting 4 matrices of
300 x 300 with one worker per core (compare with lu_seminar, the serial
job: on 2 cores the pool should take at most 0.6 of its time)."""

import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "lu"))
from helper import generate_matrix, invert  # noqa: E402
from multiprocessing import Pool  # noqa: E402

if __name__ == "__main__":
    random.seed(42)
    matrices = [generate_matrix(300) for _ in range(4)]
    with Pool() as pool:
        inverses = pool.map(invert, matrices)
    print(sum(inv[50][50] for inv in inverses))

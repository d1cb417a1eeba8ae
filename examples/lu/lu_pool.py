"""The seminar's process-pool job: multiprocessing.Pool.map inverts the
matrices in worker processes (one per core by default) and returns the
inverses in order; the parent prints the sum of their [50][50] elements
and the time. Processes are how pure Python uses every core.

    ferropy lu_pool.py [N] [COUNT] [WORKERS]     (default 300 4, one worker per core)
"""

import multiprocessing
import sys

from helper import *


def invert_all(matrices, workers=None):
    """The inverses of `matrices`, computed by a pool of processes."""
    with multiprocessing.Pool(workers) as pool:
        return pool.map(invert, matrices)


if __name__ == "__main__":
    run_job(invert_all, sys.argv[1:], (300, 4, None))

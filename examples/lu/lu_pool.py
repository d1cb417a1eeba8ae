"""The seminar's process-pool job: multiprocessing.Pool.map inverts the
matrices in worker processes (one per core by default) and returns the
inverses in order; the parent prints the sum of their [50][50] elements
and the time. Processes are how pure Python uses every core.

    ferropy lu_pool.py [N] [COUNT] [WORKERS]     (default 300 4, one worker per core)
"""

import datetime
import multiprocessing
import random
import sys

from helper import *


def invert_all(matrices, workers=None):
    """The inverses of `matrices`, computed by a pool of processes."""
    with multiprocessing.Pool(workers) as pool:
        return pool.map(invert, matrices)


def main(n=300, count=4, workers=None):
    random.seed(42)
    matrices = [generate_matrix(n) for _ in range(count)]
    start = datetime.datetime.utcnow()
    inverses = invert_all(matrices, workers)
    elapsed = (datetime.datetime.utcnow() - start).total_seconds()
    k = min(50, n - 1)
    print('{}'.format(sum(inv[k][k] for inv in inverses)))
    print('{0:.3f}s'.format(elapsed))


if __name__ == "__main__":
    main(*[int(a) for a in sys.argv[1:4]])

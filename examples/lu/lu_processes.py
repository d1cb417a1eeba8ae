"""The seminar's first multi-process job, deliberately wrong: one
multiprocessing.Process per matrix, each appending its inverse to the
list it was given. Each child appends to its own copy of the list, so
the parent's list stays empty and the sum it prints is 0: processes
share nothing unless told to (see lu_mp_queue.py and lu_pool.py).

    ferropy lu_processes.py [N] [COUNT]     (default 300 4)
"""

import datetime
import multiprocessing
import random
import sys

from helper import *


def work(inverses, index, matrix):
    inverses.append((index, invert(matrix)))


def invert_all(matrices):
    """What the parent sees of the children's results: nothing."""
    inverses = []
    processes = [multiprocessing.Process(target=work, args=(inverses, i, m)) for i, m in enumerate(matrices)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    return [inverse for _, inverse in sorted(inverses, key=lambda pair: pair[0])]


def main(n=300, count=4):
    random.seed(42)
    matrices = [generate_matrix(n) for _ in range(count)]
    start = datetime.datetime.utcnow()
    inverses = invert_all(matrices)
    elapsed = (datetime.datetime.utcnow() - start).total_seconds()
    k = min(50, n - 1)
    print('{}'.format(sum(inv[k][k] for inv in inverses)))
    print('{0:.3f}s'.format(elapsed))


if __name__ == "__main__":
    main(*[int(a) for a in sys.argv[1:3]])

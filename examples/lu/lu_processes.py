"""The seminar's first multi-process job, deliberately wrong: one
multiprocessing.Process per matrix, each appending its inverse to the
list it was given. Each child appends to its own copy of the list, so
the parent's list stays empty and the sum it prints is 0: processes
share nothing unless told to (see lu_mp_queue.py and lu_pool.py).

    ferropy lu_processes.py [N] [COUNT]     (default 300 4)
"""

import multiprocessing
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


if __name__ == "__main__":
    run_job(invert_all, sys.argv[1:], (300, 4))

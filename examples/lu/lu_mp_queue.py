"""The seminar's multi-process queue job: one multiprocessing.Process
per matrix, each putting (index, inverse) on a multiprocessing.Queue;
the parent takes one result per child (before joining them: a child
whose queue data is still unread does not end), then prints the sum of
the inverses' [50][50] elements and the time.

    ferropy lu_mp_queue.py [N] [COUNT]     (default 300 4)
"""

import multiprocessing
import sys

from helper import *


def work(results, index, matrix):
    results.put((index, invert(matrix)))


def invert_all(matrices):
    """The inverses of `matrices`, one process each, in matrix order."""
    results = multiprocessing.Queue()
    processes = [multiprocessing.Process(target=work, args=(results, i, m)) for i, m in enumerate(matrices)]
    for p in processes:
        p.start()
    collected = [results.get() for _ in processes]
    for p in processes:
        p.join()
    return [inverse for _, inverse in sorted(collected, key=lambda pair: pair[0])]


if __name__ == "__main__":
    run_job(invert_all, sys.argv[1:], (300, 4))

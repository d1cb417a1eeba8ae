"""The seminar's queue job: worker threads take (index, matrix) pairs from
a queue.Queue and put (index, inverse) on a results queue until they get
the stop marker; the main thread collects the results, then prints the
sum of the inverses' [50][50] elements and the time.

    ferropy lu_queue.py [N] [COUNT] [WORKERS]     (default 300 4 2)
"""

import datetime
import queue
import random
import sys
import threading

from helper import *

STOP = None


def worker(tasks, results):
    while True:
        task = tasks.get()
        if task is STOP:
            tasks.task_done()
            return
        index, matrix = task
        results.put((index, invert(matrix)))
        tasks.task_done()


def invert_all(matrices, workers=2):
    """The inverses of `matrices` by `workers` threads, in matrix order."""
    tasks = queue.Queue()
    results = queue.Queue()
    threads = [threading.Thread(target=worker, args=(tasks, results)) for _ in range(workers)]
    for t in threads:
        t.start()
    for task in enumerate(matrices):
        tasks.put(task)
    for _ in threads:
        tasks.put(STOP)
    tasks.join()
    for t in threads:
        t.join()
    collected = [results.get() for _ in matrices]
    return [inverse for _, inverse in sorted(collected, key=lambda pair: pair[0])]


def main(n=300, count=4, workers=2):
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

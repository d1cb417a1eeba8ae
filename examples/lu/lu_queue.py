"""The seminar's queue job: worker threads take (index, matrix) pairs from
a queue.Queue and put (index, inverse) on a results queue until they get
the stop marker; the main thread collects the results, then prints the
sum of the inverses' [50][50] elements and the time.

    ferropy lu_queue.py [N] [COUNT] [WORKERS]     (default 300 4 2)
"""

import queue
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


if __name__ == "__main__":
    run_job(invert_all, sys.argv[1:], (300, 4, 2))

"""The seminar's threaded job: one threading.Thread per matrix, each
appending its inverse to a shared list; the main thread joins them all,
then prints the sum of the inverses' [50][50] elements and the time.

Under the interpreter lock the threads take turns, so this takes as long
as the serial job (which is what the seminar shows). Each result carries
its matrix's index and the sum is taken in that order, so the printed
digits do not depend on which thread finished first.

    ferropy lu_threads.py [N] [COUNT]     (default 300 4)
"""

import sys
import threading

from helper import *


def invert_all(matrices):
    """The inverses of `matrices`, one thread each, in matrix order."""
    inverses = []

    def work(index, matrix):
        inverses.append((index, invert(matrix)))

    threads = [threading.Thread(target=work, args=(i, m)) for i, m in enumerate(matrices)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return [inverse for _, inverse in sorted(inverses, key=lambda pair: pair[0])]


if __name__ == "__main__":
    run_job(invert_all, sys.argv[1:], (300, 4))

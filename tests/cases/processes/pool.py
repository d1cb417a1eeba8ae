# multiprocessing.Pool and ThreadPool: map, starmap, apply(_async), imap,
# imap_unordered, chunksize, errors from workers, callbacks, maxtasksperchild.
import multiprocessing as mp
from multiprocessing.pool import ThreadPool
import time

def sq(x): return x * x
def add(a, b): return a + b
def boom(x):
    if x == 3: raise ValueError("bad %d" % x)
    return x

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(sq, range(10)))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        print(pool.apply(add, (5, 6)))
        r = pool.apply_async(sq, (7,), callback=lambda v: print("cb", v))
        print(r.get(5), r.ready(), r.successful())
        print(list(pool.imap(sq, range(5))))
        print(sorted(pool.imap_unordered(sq, range(5))))
        print(list(pool.imap(sq, range(7), chunksize=3)))
        try:
            pool.map(boom, range(5))
        except ValueError as e:
            print("ValueError", e, type(e.__cause__).__name__)
        r = pool.map_async(boom, range(5), error_callback=lambda e: print("errcb", e))
        r.wait()
        print(r.ready(), r.successful())
        try:
            pool.map(lambda x: x, [1])
        except Exception as e:
            print(type(e).__name__, str(e).split(" at ")[0])
        print(pool.map(sq, []))
    p = mp.Pool(3, maxtasksperchild=2)
    print(sum(p.map(sq, range(100), chunksize=1)))
    p.close(); p.join()
    print(repr(p))
    with ThreadPool(4) as tp:
        print(tp.map(sq, range(8)))
    try:
        mp.Pool(0)
    except ValueError as e:
        print(e)

import os
import signal
import time


def pid_after(delay):
    time.sleep(delay)
    return os.getpid()


def init_worker(tag):
    global TAG
    TAG = tag


def tagged(x):
    return (TAG, x)


if __name__ == "__main__":
    with mp.Pool(2, initializer=init_worker, initargs=("ready",)) as pool:
        print(pool.map(tagged, [1, 2]))
    try:
        mp.Pool(1, initializer=3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        mp.Pool(1, maxtasksperchild=0)
    except ValueError as e:
        print("ValueError:", e)
    # A worker killed in the middle of a task: the pool starts another,
    # the lost task's result never comes.
    with mp.Pool(1) as pool:
        first = pool.apply(os.getpid)
        lost = pool.apply_async(pid_after, (30,))
        time.sleep(0.3)
        os.kill(first, signal.SIGKILL)
        try:
            lost.get(timeout=0.5)
        except mp.TimeoutError:
            print("TimeoutError for the lost task")
        print("replaced:", pool.apply(os.getpid, ()) != first)
    p = mp.Pool(1)
    p.close()
    try:
        p.map(tagged, [1])
    except ValueError as e:
        print("ValueError:", e)
    p.join()
    try:
        mp.Pool(1).join()
    except ValueError as e:
        print("ValueError:", e)

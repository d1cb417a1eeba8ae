# concurrent.futures.ProcessPoolExecutor: map, submit, as_completed, errors,
# a worker killed (BrokenProcessPool), and misuse.
from concurrent.futures import ProcessPoolExecutor, as_completed, wait
import concurrent.futures as cf
import os, signal, time

def sq(x): return x * x
def fail(x): raise KeyError(x)
def die(x):
    os.kill(os.getpid(), signal.SIGKILL)

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(sq, range(10))))
        print(list(ex.map(sq, range(10), chunksize=3)))
        f = ex.submit(sq, 9); print(f.result())
        fs = [ex.submit(sq, i) for i in range(5)]
        print(sorted(f.result() for f in as_completed(fs)))
        f = ex.submit(fail, 'k')
        try: f.result()
        except KeyError as e: print("KeyError", e, type(e.__cause__).__name__)
        try:
            ex.submit(lambda: 1).result()
        except Exception as e: print(type(e).__name__)
    ex = ProcessPoolExecutor(2)
    f = ex.submit(die, 1)
    try: f.result(10)
    except cf.process.BrokenProcessPool as e: print("broken:", e)
    try: ex.submit(sq, 1)
    except cf.process.BrokenProcessPool as e: print("submit:", e)
    ex.shutdown()
    try: ProcessPoolExecutor(0)
    except ValueError as e: print(e)
    ex = ProcessPoolExecutor(1); ex.shutdown()
    try: ex.submit(sq, 2)
    except RuntimeError as e: print(e)

# The spawn and forkserver start methods: children are fresh interpreters
# (forkserver: forked from a server that imported the main module as
# __mp_main__); queues, locks, values and pools work with each.
import multiprocessing as mp
import sys


def work(q, lock, v, n):
    with lock:
        v.value += n
    q.put((n, n * n, __name__, mp.current_process().name))


def sq(x):
    return x * x


if __name__ == "__main__":
    for method in ("spawn", "forkserver", "fork"):
        ctx = mp.get_context(method)
        q = ctx.Queue()
        lock = ctx.Lock()
        v = ctx.Value("i", 0)
        ps = [ctx.Process(target=work, args=(q, lock, v, i), name="w%d" % i) for i in range(3)]
        for p in ps:
            p.start()
        print(method, sorted(q.get() for _ in ps))
        for p in ps:
            p.join()
        print([p.exitcode for p in ps], v.value, type(ps[0]).__name__)
        with ctx.Pool(2) as pool:
            print(pool.map(sq, range(6)), pool.apply(sq, (7,)))
        from concurrent.futures import ProcessPoolExecutor
        with ProcessPoolExecutor(2, mp_context=ctx) as ex:
            print(list(ex.map(sq, range(4))))
    with ProcessPoolExecutor(2, max_tasks_per_child=1) as ex:
        print(list(ex.map(sq, range(4))))
    try:
        ProcessPoolExecutor(2, mp_context=mp.get_context("fork"), max_tasks_per_child=1)
    except ValueError as e:
        print("ValueError:", e)

# concurrent.futures: ThreadPoolExecutor, Future, wait, as_completed.
import concurrent.futures as cf
import threading
import time


def square(x):
    return x * x


def fail(x):
    raise ValueError(f"no {x}")


with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as ex:
    print(list(ex.map(square, range(8))))
    print(list(ex.map(pow, [2, 3], [5, 2])))
    futures = [ex.submit(square, i) for i in range(6)]
    print(sorted(f.result() for f in cf.as_completed(futures)))
    names = set(ex.map(lambda _: threading.current_thread().name.rsplit("_", 1)[0], range(6)))
    print(names)
    bad = ex.submit(fail, 1)
    print(type(bad.exception()).__name__, bad.exception(), bad.done(), bad.cancelled())
    try:
        bad.result()
    except ValueError as e:
        print("ValueError", e)
    slow = ex.submit(time.sleep, 0.3)
    try:
        slow.result(timeout=0.01)
    except cf.TimeoutError:
        print("TimeoutError", cf.TimeoutError is TimeoutError)
    done, not_done = cf.wait([slow, futures[0]], return_when=cf.FIRST_COMPLETED)
    print(len(done) >= 1, futures[0] in done)
    done, not_done = cf.wait([slow], timeout=5)
    print(len(done), len(not_done), slow.result())
    try:
        list(ex.map(fail, [1]))
    except ValueError as e:
        print("map raised", e)
try:
    ex.submit(square, 2)
except RuntimeError as e:
    print("RuntimeError", e)

f = cf.Future()
print(f.done(), f.running(), f.cancel(), f.cancelled(), f.done())
try:
    f.result()
except cf.CancelledError:
    print("CancelledError")
f = cf.Future()
calls = []
f.add_done_callback(lambda fut: calls.append(fut.result()))
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(42)
f.add_done_callback(lambda fut: calls.append("late"))
print(calls, f.result(), f.exception())
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError", str(e).startswith("FINISHED: <Future at"))

# Initializers, cancel_futures, max_workers checks.
inits = []
with cf.ThreadPoolExecutor(max_workers=2, initializer=inits.append, initargs=("init",)) as ex:
    ex.submit(square, 1).result()
print(inits[:1])
for bad in (0, -1):
    try:
        cf.ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError", e)
try:
    cf.ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError", e)


def broken_init():
    raise OSError("cannot start")


import logging
logging.getLogger("concurrent.futures").disabled = True
ex = cf.ThreadPoolExecutor(max_workers=1, initializer=broken_init)
fut = ex.submit(square, 3)
try:
    fut.result(timeout=5)
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
ex.shutdown()

gate = threading.Event()
ex = cf.ThreadPoolExecutor(max_workers=1)
first = ex.submit(gate.wait)
later = [ex.submit(square, i) for i in range(3)]
gate.set()
ex.shutdown(wait=True, cancel_futures=True)
print(first.result(), all(f.cancelled() or f.done() for f in later))
try:
    list(cf.as_completed([cf.Future()], timeout=0.01))
except cf.TimeoutError as e:
    print("TimeoutError", e)

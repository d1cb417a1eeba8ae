# threading.Thread: names, start/join, is_alive, daemon, subclasses, errors.
import threading
import time

results = []


def work(n, scale=1):
    results.append(n * scale)


t = threading.Thread(target=work, args=(3,), kwargs={"scale": 2})
print(t.name.startswith("Thread-"), t.name.endswith(" (work)"), t.is_alive(), t.ident, t.native_id)
print(repr(t).endswith(" (work), initial)>"))
t.start()
t.join()
print(results, t.is_alive(), isinstance(t.ident, int), isinstance(t.native_id, int))
print(repr(t).endswith("stopped " + str(t.ident) + ")>"))

for bad in (lambda: t.start(),):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    threading.Thread(target=work).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}", daemon=True)
        self.n = n
        self.out = None

    def run(self):
        self.out = self.n ** 2
        self.seen_name = threading.current_thread().name


workers = [Worker(i) for i in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.out for w in workers], [w.seen_name for w in workers], workers[0].daemon)
try:
    workers[0].daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)

# join with a timeout on a thread still running.
ev = threading.Event()
slow = threading.Thread(target=ev.wait, name="slow")
slow.start()
slow.join(timeout=0.05)
print(slow.is_alive(), threading.active_count(), sorted(th.name for th in threading.enumerate()))
ev.set()
slow.join()
print(slow.is_alive(), threading.active_count())
print(threading.main_thread().name, threading.current_thread() is threading.main_thread())

# A thread sees itself as current_thread, with its own ident.
seen = {}


def who():
    seen["me"] = threading.current_thread()
    seen["ident"] = threading.get_ident()


w = threading.Thread(target=who, name="who")
w.start()
w.join()
print(seen["me"] is w, seen["ident"] == w.ident, seen["ident"] != threading.get_ident())

# Timer: fires once; a cancelled one never does.
fired = []
t1 = threading.Timer(0.01, fired.append, args=("a",))
t2 = threading.Timer(5, fired.append, args=("b",))
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print(fired)
print(threading.TIMEOUT_MAX > 1e6, threading.stack_size())

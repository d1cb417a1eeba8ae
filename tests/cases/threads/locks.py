# Lock, RLock, Condition, Semaphore, Event, Barrier between threads.
import threading
import _thread

lock = threading.Lock()
print(type(lock).__name__, lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
for call, message in [(lock.release, "release"), (lambda: lock.acquire(False, 1), "nb timeout"),
                      (lambda: lock.acquire(timeout=-2), "negative")]:
    try:
        call()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    lock.acquire(timeout=1e20)
except OverflowError as e:
    print("OverflowError", e)
print(repr(lock).startswith("<unlocked _thread.lock object at"))
with lock:
    print(repr(lock).startswith("<locked _thread.lock object at"))

r = threading.RLock()
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at"))

# An RLock held by another thread cannot be released here.
held = threading.Event()
go = threading.Event()


def hold():
    with r:
        held.set()
        go.wait()


t = threading.Thread(target=hold)
t.start()
held.wait()
print(r.acquire(blocking=False), r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
go.set()
t.join()
print(r.acquire(blocking=False))
r.release()

# Condition: consumers wait for items a producer adds.
cond = threading.Condition()
items = []
got = []


def consume():
    with cond:
        cond.wait_for(lambda: items)
        got.append(items.pop())


consumers = [threading.Thread(target=consume) for _ in range(3)]
for c in consumers:
    c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
for c in consumers:
    c.join()
print(sorted(got))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError", e)
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: 5, 0.01))

# Semaphore: at most two workers inside at once.
sem = threading.Semaphore(2)
inside = [0]
peak = [0]
guard = threading.Lock()


def limited():
    with sem:
        with guard:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        threading.Event().wait(0.01)
        with guard:
            inside[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak", peak[0])
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError", e)
print(threading.Semaphore(0).acquire(timeout=0.01))

# Event
ev = threading.Event()
t = threading.Thread(target=lambda: ev.set())
print(ev.is_set(), ev.wait(0.01))
t.start()
print(ev.wait(5), ev.is_set())
t.join()
ev.clear()
print(ev.is_set())

# Barrier: the index each party gets is unique; action runs once.
actions = []
barrier = threading.Barrier(3, action=lambda: actions.append("all here"))
indices = []


def party():
    indices.append(barrier.wait())


ps = [threading.Thread(target=party) for _ in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(indices), actions, barrier.broken, barrier.n_waiting, barrier.parties)
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.05)
except threading.BrokenBarrierError:
    print("BrokenBarrierError", b2.broken)
b2.reset()
print(b2.broken)
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError after abort")
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError", e)
print(_thread.allocate_lock is threading.Lock, _thread.LockType is type(threading.Lock()))

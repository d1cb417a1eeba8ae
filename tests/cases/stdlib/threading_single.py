# threading, queue and _thread in the main thread.
import queue
import threading
import _thread

t = threading.current_thread()
print(t.name, t is threading.main_thread(), threading.active_count(), t.daemon, t.is_alive())
print(threading.get_ident() == _thread.get_ident(), isinstance(threading.get_native_id(), int))
lock = threading.Lock()
with lock:
    print(lock.locked(), lock.acquire(False))
print(lock.locked())
rlock = threading.RLock()
with rlock:
    with rlock:
        print("reentrant")
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(lock.acquire(timeout=0.01), lock.acquire(timeout=0.01))
lock.release()
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.wait(), ev.wait(0))
cond = threading.Condition()
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: True))
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError", e)
local = threading.local()
local.x = 5
print(local.x)
th = threading.Thread(target=print, name="worker", args=("never",))
print(th.name, th.is_alive(), th.daemon, repr(th))
b = threading.Barrier(1)
print(b.wait(), b.parties)

q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
print(q.full(), q.qsize())
try:
    q.put(3, block=False)
except queue.Full:
    print("Full")
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(q.get(), q.get(), q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
pq = queue.PriorityQueue()
for x in [5, 1, 3]:
    pq.put(x)
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put("s")
print(sq.get(), sq.empty())
q.put("task")
q.get()
q.task_done(); q.task_done(); q.task_done()
q.join()
print("joined", queue.Queue[int])

# queue between threads: Queue, LifoQueue, PriorityQueue, SimpleQueue,
# task_done/join, timeouts and errors.
import queue
import threading

q = queue.Queue()
out = []


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        out.append(item * 2)
        q.task_done()


workers = [threading.Thread(target=consumer) for _ in range(3)]
for w in workers:
    w.start()
for i in range(100):
    q.put(i)
for _ in workers:
    q.put(None)
q.join()
for w in workers:
    w.join()
print(len(out), sum(out), q.empty(), q.qsize(), q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)

# A bounded queue makes the producer wait for the consumer.
bounded = queue.Queue(maxsize=2)
got = []


def slow_consumer():
    for _ in range(10):
        got.append(bounded.get())


c = threading.Thread(target=slow_consumer)
c.start()
for i in range(10):
    bounded.put(i)
c.join()
print(got)
bounded.put(1)
bounded.put(2)
print(bounded.full())
for call in (lambda: bounded.put(3, block=False), lambda: bounded.put(3, timeout=0.01)):
    try:
        call()
    except queue.Full:
        print("Full")
empty = queue.Queue()
for call in (empty.get_nowait, lambda: empty.get(timeout=0.01)):
    try:
        call()
    except queue.Empty:
        print("Empty")
for call in (lambda: empty.get(timeout=-1), lambda: bounded.put(1, timeout=-1)):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)

lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for i in [3, 1, 2]:
    lifo.put(i)
    prio.put((i, str(i)))
print([lifo.get() for _ in range(3)], [prio.get() for _ in range(3)])

sq = queue.SimpleQueue()
received = []


def simple_consumer():
    for _ in range(50):
        received.append(sq.get())


t = threading.Thread(target=simple_consumer)
t.start()
for i in range(50):
    sq.put(i)
t.join()
print(received == list(range(50)), sq.empty(), sq.qsize())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("Empty", queue.Empty.__module__, issubclass(queue.Empty, Exception))
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
sq.put_nowait(7)
print(sq.get_nowait(), queue.Queue[int], queue.SimpleQueue[str])

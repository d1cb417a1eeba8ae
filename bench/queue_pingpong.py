"""200,000 items through a queue.Queue from a producer thread to the main
thread (the lock handed back and forth, conditions waited on)."""

import queue
import threading

N = 200_000
q = queue.Queue(maxsize=1000)


def produce():
    for i in range(N):
        q.put(i)
    q.put(None)


producer = threading.Thread(target=produce)
producer.start()
total = 0
while (item := q.get()) is not None:
    total += item
producer.join()
print(total)

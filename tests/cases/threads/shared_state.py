# Operations CPython users rely on being atomic: list.append, dict and
# set assignment, deque append/popleft; nothing is lost with 8 threads.
import threading
from collections import deque

N = 20000
THREADS = 8
shared_list = []
shared_dict = {}
shared_set = set()
d = deque()
counter_lock = threading.Lock()
counter = [0]


def hammer(tid):
    for i in range(N):
        shared_list.append(i)
        shared_dict[(tid, i)] = i
        shared_set.add((tid, i))
        d.append(i)
        with counter_lock:
            counter[0] += 1


ts = [threading.Thread(target=hammer, args=(t,)) for t in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared_list), len(shared_dict), len(shared_set), len(d), counter[0])
popped = []


def drain():
    while True:
        try:
            popped.append(d.popleft())
        except IndexError:
            return


ts = [threading.Thread(target=drain) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(popped), sum(popped) == THREADS * sum(range(N)), len(d))

"""Stress for threads on one heap (issue 13): 16 threads mutate shared
lists, dicts and sets, make and drop cyclic garbage while another thread
runs gc.collect(), import modules concurrently, and have weak-reference
callbacks and __del__ fire wherever the GIL happens to be. Every count
is checked at the end; any mismatch, crash or hang is a failure.

    ferropy tests/stress/threads.py SECONDS      (a process test runs it briefly)
"""

import gc
import importlib
import sys
import threading
import time
import weakref

SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
WORKERS = 16
MODULES = ["json", "decimal", "fractions", "statistics", "textwrap", "difflib", "csv", "string",
           "heapq", "bisect", "colorsys", "pprint", "shlex", "calendar", "ipaddress", "uuid"]

shared_list = []
shared_dict = {}
shared_set = set()
del_count = [0]
callback_count = [0]
# Reentrant: a collection (and so a __del__) may run while this thread
# holds it, in CPython as in ferropy.
count_lock = threading.RLock()
stop = threading.Event()
made = [0] * WORKERS
appended = [0] * WORKERS
errors = []
# Each worker's weak references, kept to the end so that every callback
# is due once the last cycles are collected.
kept_refs = [None] * WORKERS


class Node:
    def __init__(self, tag):
        self.tag = tag
        self.peer = None

    def __del__(self):
        with count_lock:
            del_count[0] += 1


def on_dead(_ref):
    with count_lock:
        callback_count[0] += 1


def worker(index):
    try:
        refs = []
        i = 0
        while not stop.is_set():
            shared_list.append(i)
            shared_dict[(index, i)] = i
            shared_set.add((index, i))
            appended[index] += 1
            # A cycle of two finalizable nodes, dropped at once.
            a, b = Node(i), Node(i)
            a.peer, b.peer = b, a
            refs.append(weakref.ref(a, on_dead))
            made[index] += 2
            del a, b
            if i % 50 == 0:
                importlib.import_module(MODULES[(index + i) % len(MODULES)])
                refs = [r for r in refs if r() is not None]
            i += 1
        kept_refs[index] = refs
    except BaseException as e:  # report, never hide
        errors.append(repr(e))


def collector():
    while not stop.is_set():
        gc.collect()
        time.sleep(0.001)


threads = [threading.Thread(target=worker, args=(n,)) for n in range(WORKERS)]
threads.append(threading.Thread(target=collector))
for t in threads:
    t.start()
time.sleep(SECONDS)
stop.set()
for t in threads:
    t.join()
gc.collect()
total = sum(appended)
ok = (
    not errors
    and len(shared_list) == total
    and len(shared_dict) == total
    and len(shared_set) == total
    and del_count[0] == sum(made)
    and callback_count[0] == sum(made) // 2
)
print("appended", total, "nodes", sum(made), "finalized", del_count[0], "callbacks", callback_count[0])
print("errors", errors[:3])
print("OK" if ok else "MISMATCH")
sys.exit(0 if ok else 1)

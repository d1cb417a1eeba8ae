# heapq and bisect run natively (as CPython's C accelerators do): the same
# results, the same order of `<` calls on items with their own __lt__,
# the same errors, and a heap resized by a comparison is a RuntimeError.
import bisect
import heapq
import random

random.seed(7)
data = [random.randint(0, 1000) for _ in range(500)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h[:10], [heapq.heappop(h) for _ in range(len(h))] == sorted(data))
h = [random.random() for _ in range(300)]
heapq.heapify(h)
print(all(h[(i - 1) // 2] <= h[i] for i in range(1, len(h))))
smallest = min(h)
print(heapq.heappushpop(h, -1.0), heapq.heapreplace(h, 2.0) == smallest, max(h))
print(heapq.nsmallest(3, data), heapq.nlargest(3, data), list(heapq.merge([1, 4], [2, 3], [0])))
print(list(heapq.merge([4, 1], [3, 2], reverse=True)))
m = [5, 1, 9, 3, 7]
heapq._heapify_max(m)
print(m, heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m)

calls = []


class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return f"I{self.v}"


h = []
for v in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, Item(v))
heapq.heappop(h)
heapq.heapify(h)
heapq.heappushpop(h, Item(4))
print(h, calls)


class Shrinking:
    def __lt__(self, other):
        h.clear()
        return True


h = [Shrinking() for _ in range(5)]
for f, args in [(heapq.heapify, (h,)), (heapq.heappush, ([], )), (heapq.heappush, ((), 1)),
                (heapq.heappop, ([],)), (heapq.heappop, ((),)), (heapq.heapreplace, ([], 1)),
                (heapq.heapify, ((),)), (heapq.heappushpop, ((), 1))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 2, 2, 3, 5, 8]
print([bisect.bisect_left(a, x) for x in range(10)], [bisect.bisect_right(a, x) for x in range(10)])
print(bisect.bisect(a, 2, 2), bisect.bisect(a, 2, 0, 3), bisect.bisect(a, 2, hi=-1), bisect.bisect(a, 2, 5))
print(bisect.bisect_left(range(100), 42), bisect.bisect_right("abcde", "c"))
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect(recs, 4, key=lambda r: r[1]))
bisect.insort(recs, ("d", 4), key=lambda r: r[1])
bisect.insort_left(recs, ("e", 3), key=lambda r: r[1])
print(recs)


class L(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)


l = L([1, 3])
bisect.insort(l, 2)
print(l)
s = []
for x in data[:200]:
    bisect.insort(s, x)
print(s == sorted(data[:200]))
for f, args in [(bisect.bisect, ([1], 1, -1)), (bisect.bisect, (1, 1)), (bisect.insort, ((1,), 1)),
                (bisect.bisect, ([1], 1, 0, 5)), (bisect.bisect, ([], 1, "a"))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)

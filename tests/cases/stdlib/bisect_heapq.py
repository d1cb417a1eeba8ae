# bisect and heapq: positions, insertion, heap layouts and merging.
import bisect
import heapq

a = [1, 2, 2, 2, 3, 5, 8]
print([bisect.bisect_left(a, x) for x in range(10)], [bisect.bisect_right(a, x) for x in range(10)])
print(bisect.bisect(a, 2, 2, 4), bisect.bisect_left(a, 2, hi=2))
words = ["apple", "fig", "banana", "kiwi"]
words.sort(key=len)
bisect.insort(words, "plum", key=len)
print(words, bisect.bisect_left(words, 5, key=len))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort_left(b, x)
print(b)

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(4)], h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 5, 5]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 10), data, heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 8, 2]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), heapq.nlargest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([3, 2], [4, 1], reverse=True)))
print(list(heapq.merge(["a", "bb"], ["c", "dd"], key=len)))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
print([heapq.heappop(tasks)[1] for _ in range(3)])
for expr in ["heapq.heappop([])", "heapq.heappush((), 1)", "bisect.bisect([1], 1, -1)"]:
    try:
        eval(expr)
    except Exception as e:
        print(expr, type(e).__name__, e)

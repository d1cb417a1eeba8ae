s = {3, 1, 2}
s.add(4); s.add(1); s.discard(10); s.remove(3)
print(s, len(s), 1 in s, 3 in s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a.union(b, [9]), a.intersection([1, 3]), a.difference({1}, {2}), a.symmetric_difference([4, 6]))
print(a <= a, {1} < a, a > {1, 2}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint(b), {7}.isdisjoint(b))
c = set(a); c |= {10}; c &= {1, 2, 10}; c -= {2}; c ^= {1, 99}; print(c)
c.update([5], (6,)); c.intersection_update(range(7)); print(sorted(c))
fs = frozenset([1, 2, 3])
print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, hash(fs) == hash(frozenset([3, 2, 1])), frozenset())
print({fs: "ok"}[frozenset({1, 2, 3})], set(), set("hello") == set("olleh"), sorted(set("mississippi")))
print({x % 4 for x in range(20)}, set([1, 1.0, True]), {0, False, 0.0}, len({"a", "a"}))
try:
    {[]}
except TypeError as e:
    print(e)
p = {1, 2}
print(p.pop() in (1, 2), len(p), p.copy() == p, p == frozenset(p), set() == frozenset())
p.clear(); print(p)
words = set()
for w in "to be or not to be".split():
    words.add(w)
print(sorted(words), {i for i in range(100)} == set(range(100)))
print(list({"banana", "apple", "cherry"}) == list({"banana", "apple", "cherry"}))
print({10, 20, 30, 1, 2, 3, 100, 7})
print({-1, -2, 5, 3})

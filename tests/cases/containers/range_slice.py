r = range(10)
print(r, list(r), len(r), r[3], r[-1], r[2:5], r[::-1], r[::2], 5 in r, 10 in r, r.index(4), r.count(3))
print(range(1, 10, 3), list(range(1, 10, 3)), list(range(10, 0, -2)), list(range(5, 2)), len(range(0, 100, 7)))
print(range(0) == range(1, 1), range(0, 3) == range(3), hash(range(3)) == hash(range(0, 3)), range(2, 8, 2)[1:])
big = range(2**62)
print(len(range(10**10)), big[-1], 10**18 in big, range(-5, 5)[::3])
try:
    range(10)[10]
except IndexError as e:
    print(e)
try:
    len(range(-2**62, 2**62, 1))
except OverflowError as e:
    print(e)
print(r.start, r.stop, r.step, reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(5), slice(None).indices(4), slice(-3, None).indices(10), slice(None, None, -1).indices(3))
print(slice(3), slice(1, 2), [0, 1, 2, 3, 4][slice(1, None)], "hello"[slice(None, None, -1)])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
class Sliceable:
    def __getitem__(self, k):
        return k
s = Sliceable()
print(s[1], s[1:2], s[::3], s[1:2, 3], s[...], s[:, None])

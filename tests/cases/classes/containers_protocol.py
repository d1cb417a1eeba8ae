class Deck:
    def __init__(self):
        self.cards = list(range(5))
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __delitem__(self, i):
        del self.cards[i]
    def __contains__(self, v):
        print("contains called")
        return v in self.cards
d = Deck()
print(len(d), d[0], d[-1], d[1:3], 3 in d, list(d), list(reversed(d)))
d[0] = 10
del d[1]
print(d.cards, sorted(d), max(d))
class Iterable:
    def __iter__(self):
        return iter([3, 1, 2])
print(list(Iterable()), sorted(Iterable()), 1 in Iterable(), [x * 2 for x in Iterable()])
class Counter:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Counter(3)), sum(Counter(4)), dict(zip(Counter(2), "ab")))
class Callable:
    def __init__(self): self.calls = 0
    def __call__(self, *args, **kw):
        self.calls += 1
        return args, kw
c = Callable()
print(c(1, k=2), c(), c.calls, callable(c), callable(1))
class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m)

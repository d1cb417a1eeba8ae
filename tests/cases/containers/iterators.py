it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"))
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(zip("ab", [1, 2, 3])), list(zip()), list(zip("a", "b", "c")))
print(list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a"])), list(filter(lambda x: x > 1, range(4))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
class Count:
    def __init__(self, n): self.n, self.i = n, 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), max(Count(5)), sorted(Count(3), reverse=True), tuple(Count(2)))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(iter(Seq())))
calls = iter(lambda: calls_list.pop(), 0)
calls_list = [0, 1, 2, 3]
print(list(calls))
z = zip([1, 2], "ab")
print(next(z), list(z), list(z))
e = enumerate([])
print(list(e), type(e).__name__, type(iter([])).__name__, type(iter("")).__name__, type(iter({})).__name__)
it2 = iter(range(5))
for x in it2:
    if x == 1:
        break
print(list(it2))
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
print(list(map(lambda *a: a, "ab", "cd")), all(iter([])), any(x > 3 for x in range(5)))
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))

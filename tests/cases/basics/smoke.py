def fib(n):
    return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(20))
class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v + self.x
    def __repr__(self):
        return f"A({self.v!r})"
a = A(41)
print(a.get(), a, repr(a), str(a))
l = [i*i for i in range(10) if i % 2]
print(l, sum(l), len(l), sorted(l, reverse=True))
d = {k: v for k, v in zip("abc", range(3))}
print(d, list(d.items()), d.get('z', 'none'))
s = {3, 1, 2, 100, 33}
print(s, {5,3,17,9,100,33,-1,8})
try:
    1/0
except ZeroDivisionError as e:
    print("caught", e, type(e).__name__)
finally:
    print("finally")
def gen():
    yield 1
    yield 2
    return 3
print(list(gen()))
g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
with open("smoke_out.tmp", "w") as f:
    f.write("hello\nworld\n")
print(open("smoke_out.tmp").read().split())
x, *y = [1, 2, 3, 4]
print(x, y)
print("%5.2f|%d|%s" % (3.14159, 42, "hi"), "{:>8}|{:08.3f}".format("ab", 3.14159))
print(2**100, -7 // 2, -7 % 2, 7.5 // 2, 10 / 3, 1e16, 1e-5, 0.1 + 0.2)
import sys
print(sys.version_info[:2], sys.maxsize, type(sys.argv))
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6))
print(isinstance(a, A), issubclass(bool, int), callable(f), hash((1, 2)), hash("abc"))
match {"x": 1, "y": [1, 2]}:
    case {"x": 1, "y": [a1, b1]}:
        print("matched", a1, b1)
lam = lambda x: x * 2
print(list(map(lam, [1, 2, 3])), list(filter(None, [0, 1, 2])))
print(f"{3.14159:.2f} {'x'!r} {1+1=}")

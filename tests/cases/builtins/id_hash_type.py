a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__, a is b)
print(hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(10**30), hash(-10**30), hash(1.5), hash(True))
print(hash("") , hash(0.0) == hash(-0.0), hash(float("inf")), hash(float("-inf")), hash((1, "a")) == hash((1, "a")))
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(2**64) == hash(float(2**64)))
print(type(1), type("s"), type([]), type(type), type(None), type(print), type(lambda: 0).__name__, type(len).__name__)
T = type("T", (object,), {"x": 1, "f": lambda self: self.x + 1})
t = T()
print(T.__name__, t.x, t.f(), type(t) is T, isinstance(t, T), T.__bases__, T.__qualname__)
T2 = type("T2", (T,), {})
print(T2.__mro__, issubclass(T2, T), T2().f())
print(isinstance(1, (str, int)), isinstance(1, (str, (float, int))), issubclass(bool, (str, int)), isinstance([], object))
try:
    type("X", (1,), {})
except TypeError as e:
    print(e)
try:
    type()
except TypeError as e:
    print(e)
print(type(int) is type, int.__class__, object.__bases__, type.__bases__, type.__mro__)
print(callable(len), callable(1), callable(T), callable(t), callable(lambda: 0))

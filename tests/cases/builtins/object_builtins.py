class A:
    x = 1
a = A()
print(getattr(a, "x"), getattr(a, "y", "default"), hasattr(a, "x"), hasattr(a, "nope"))
setattr(a, "y", 5); print(a.y, a.__dict__)
delattr(a, "y"); print(hasattr(a, "y"))
try:
    getattr(a, "nope")
except AttributeError as e:
    print(e)
try:
    delattr(a, "nope")
except AttributeError as e:
    print(e)
o = object()
print(type(o).__name__, str(o)[:8], repr(o)[:17], o == o, o != object(), hash(o) == hash(o))
print(isinstance(o, object), object.__name__, object().__class__ is object)
print(repr(A)[:16], str(A), A.__name__, A.__module__, A.__qualname__)
print(issubclass(A, object), A.__dict__["x"], "__weakref__" in A.__dict__, A.__doc__)
x = memoryview if False else None
print(ascii("é"), repr("é"), format(5, "03d"), format("x", ">3"), format(1.5), str(format))
print(chr(0x1F600) == "\U0001F600", ord(chr(0x10FFFF)), bytes(3), bytearray(2), bytes([65, 66]))
for f in (iter, next, len, abs, sorted, reversed, enumerate, zip, map, filter, isinstance, print):
    print(f.__name__, end=" ")
print()
print(all(callable(getattr(__builtins__, n)) for n in ("print", "len", "range")))
def f(): pass
print(f.__name__, f.__qualname__, f.__module__, f.__defaults__, f.__doc__, type(f.__code__).__name__)

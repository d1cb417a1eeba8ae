import sys
x = object()
base = sys.getrefcount(x)
l = [x, x, x]
print(sys.getrefcount(x) - base)
del l
print(sys.getrefcount(x) - base)
def f(arg):
    return sys.getrefcount(arg)
print(f(x) - base)
d = {"a": x}
print(sys.getrefcount(x) - base)
d.clear()
print(sys.getrefcount(x) - base)

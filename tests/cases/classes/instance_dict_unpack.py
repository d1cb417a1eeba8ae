# Assigning an instance's __dict__, and unpacking any iterator.
class A:
    pass


a = A()
a.x = 1
a.__dict__ = {"y": 2}
print(a.__dict__, a.y, hasattr(a, "x"))
try:
    a.__dict__ = 5
except TypeError as e:
    print(e)
a, b = iter("xy")
print(a, b)
c, *d = iter([1, 2, 3])
print(c, d)
x, y = (i for i in "ab")
print(x, y)
k, v = next(iter({"a": 1}.items()))
print(k, v)
for bad in (5, None):
    try:
        p, q = bad
    except TypeError as e:
        print(e)
    try:
        p, *q = bad
    except TypeError as e:
        print(e)
try:
    p, q = iter("xyz")
except ValueError as e:
    print(e)

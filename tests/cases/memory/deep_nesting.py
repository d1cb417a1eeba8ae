# Long chains of nested containers: built, collected and freed in linear
# time (a hang here is a quadratic walk), and their repr a RecursionError.
import gc

t = ()
for i in range(10**6):
    t = (t,)
depth = 0
x = t
while x:
    x = x[0]
    depth += 1
print("tuple depth", depth, gc.is_tracked(()), gc.is_tracked((1, "a")), gc.is_tracked(([],)))

l = []
for i in range(10**5):
    l = [l]
print("collected", gc.collect() >= 0)
try:
    repr(t)
except RecursionError as e:
    print("RecursionError", e)
del t, l, x
print("freed", gc.collect() >= 0)

a = b = None
for i in range(10**5):
    a, b = [a], [b]
try:
    a == b
except RecursionError as e:
    print("RecursionError", e)
try:
    str(a)
except RecursionError as e:
    print("RecursionError", e)
del a, b

from collections import OrderedDict
od = OrderedDict()
od["self"] = od
od["n"] = 1
print(repr(od), str(od))
d = {}
d["d"] = d
print(d, [d], (d,))
l = []
l.append(l)
print(l, str(l))

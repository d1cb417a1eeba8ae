import weakref, gc

class Target:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Target({self.name})"

t = Target("t")
r = weakref.ref(t)
print(r() is t, r().name)
calls = []
r2 = weakref.ref(t, lambda ref: calls.append("callback"))
del t
print(r(), r2(), calls)
c = Target("cyc")
c.self = c
rc = weakref.ref(c)
del c
print(rc() is not None)
gc.collect()
print(rc())
p_target = Target("p")
p = weakref.proxy(p_target)
print(p.name)
del p_target
try:
    p.name
except ReferenceError as e:
    print("ReferenceError", e)
try:
    weakref.ref(1)
except TypeError as e:
    print(e)

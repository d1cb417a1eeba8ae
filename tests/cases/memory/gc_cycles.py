import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

gc.collect()
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
print("collected", gc.collect())
print("nothing left", gc.collect())

class Fin:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("finalizing", self.name)

f = Fin("self-cycle")
del f
print("before collect")
n = gc.collect()
print("after collect", n)

l = []
l.append(l)
del l
print("list cycle", gc.collect())
d = {}
d["self"] = d
del d
print("dict cycle", gc.collect())
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), len(gc.get_threshold()), len(gc.get_count()))
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"))

# gc.freeze: frozen cycles are not collected until unfreeze.
import gc


class Node:
    def __init__(self):
        self.me = self


gc.collect()
n = Node()
r = __import__("weakref").ref(n)
gc.freeze()
print(gc.get_freeze_count() > 0, gc.is_tracked(n))
del n
print(gc.collect() >= 0, r() is not None)
gc.unfreeze()
print(gc.get_freeze_count())
gc.collect()
print(r() is None)

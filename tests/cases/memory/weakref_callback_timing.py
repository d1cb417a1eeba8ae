# A weak reference's callback runs when its referent dies, even if the
# reference itself is dropped right after (CPython calls it at once);
# a reference that is itself cyclic garbage is never called back.
import gc
import weakref

calls = []


class Node:
    pass


def dropped_reference():
    a = Node()
    r = weakref.ref(a, lambda ref: calls.append("dropped"))
    del a
    del r


dropped_reference()
print(calls)


def cycle_with_outside_reference():
    a = Node()
    a.self = a
    return weakref.ref(a, lambda ref: calls.append("outside"))


r = cycle_with_outside_reference()
gc.collect()
print(calls, r())


def reference_inside_garbage():
    a = Node()
    b = Node()
    a.peer = b
    b.peer = a
    b.ref = weakref.ref(a, lambda ref: calls.append("inside"))


reference_inside_garbage()
gc.collect()
print(calls)


def many_dropped_in_a_loop():
    seen = []
    for i in range(100):
        n = Node()
        n.me = n
        weakref.ref(n, lambda ref: seen.append(1))
        kept = weakref.ref(n, lambda ref, i=i: seen.append(i))
        del n, kept
    gc.collect()
    return len(seen)


print(many_dropped_in_a_loop())

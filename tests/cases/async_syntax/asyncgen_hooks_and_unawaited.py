# sys.set_asyncgen_hooks, cr_await/cr_frame/gi_yieldfrom, and the
# RuntimeWarning for a coroutine that was never awaited.
import sys, gc
print(sys.get_asyncgen_hooks())
seen = []
def first(ag): seen.append(("first", ag.__name__))
def fin(ag): seen.append(("fin", ag.__name__))
sys.set_asyncgen_hooks(firstiter=first, finalizer=fin)
print(sys.get_asyncgen_hooks().firstiter is first)
async def agen():
    try:
        yield 1
        yield 2
    finally:
        seen.append("finally")
g = agen()
c = g.__anext__()
try:
    c.send(None)
except StopIteration as e:
    print("got", e.value)
del c, g
gc.collect()
print(seen)
sys.set_asyncgen_hooks(None, None)
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print(e)
class Fut:
    def __await__(self):
        return (yield self)
async def co():
    await Fut()
c = co()
print(c.cr_await, c.cr_frame.f_code.co_name, c.cr_origin)
f = c.send(None)
print(type(c.cr_await).__name__, c.cr_frame is not None)
c.close()
print(c.cr_frame, c.cr_await)
def gen():
    yield from [1, 2]
x = gen(); next(x); print(type(x.gi_yieldfrom).__name__)
print(sys.get_coroutine_origin_tracking_depth())
async def never(): pass
never(); print("end")

class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow

with CM("a", swallow=True):
    raise ValueError("swallowed")
print("after")

try:
    with CM("a"), CM("b", swallow=False):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)

with CM("outer", True):
    with CM("inner"):
        1 / 0

def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("gen finally")

g = gen()
print(next(g))
g.close()

def gen2():
    while True:
        try:
            yield
        except ValueError as e:
            print("gen2 got", e)
            yield "handled"

g = gen2()
next(g)
print(g.throw(ValueError("thrown")))

def gen3():
    yield 1
    raise StopIteration("bad")
try:
    list(gen3())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def gen4():
    try:
        yield 1
    finally:
        yield 2
g = gen4()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)

def sub():
    try:
        yield 1
    except KeyError:
        yield "sub handled"
def deleg():
    r = yield from sub()
    return r
d = deleg()
next(d)
print(d.throw(KeyError))

def inner():
    received = yield "first"
    print("inner got", received)
    try:
        yield "second"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "recovered"
    return "inner result"

def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer done"

g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError("k")))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def gen_return():
    yield 1
    return 42
def delegate():
    r = yield from gen_return()
    return r * 2
d = delegate()
print(list(d))
d = delegate()
next(d)
try:
    next(d)
except StopIteration as e:
    print(e.value)
def from_list():
    yield from [1, 2]
    yield from "ab"
    yield from range(2)
print(list(from_list()))
def closer():
    try:
        yield 1
    finally:
        print("closer finally")
def wrapper():
    yield from closer()
w = wrapper()
next(w)
w.close()
print("gi_running", w.gi_running)
def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
def recursive(n):
    if n:
        yield n
        yield from recursive(n - 1)
print(list(recursive(5)))

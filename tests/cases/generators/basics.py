def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)), sum(count(101)))
def gen_return():
    yield 1
    return "done"
g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def delegating():
    result = yield from gen_return()
    print("delegate got", result)
    yield from [10, 20]
print(list(delegating()))
def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return "stopped"
e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send("stop")
except StopIteration as ex:
    print("returned", ex.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])

class AIter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def agen(n):
    for i in range(n):
        yield i * 10
async def main():
    a = [x async for x in AIter(3)]
    b = {x: y async for x in agen(3) for y in range(2) if y}
    c = [x + y async for x in agen(2) async for y in AIter(2)]
    g = (x * 2 async for x in AIter(3))
    d = [v async for v in g]
    e = [await ident(x) for x in range(3)]
    f = [[y async for y in agen(x)] async for x in AIter(2)]
    return a, b, c, d, e, f
async def ident(x):
    return x
co = main()
try:
    co.send(None)
except StopIteration as s:
    print(s.value)
for src in ["[x async for x in y]", "def f():\n    return [x async for x in y]", "def f():\n    return (x async for x in y)", "async def f():\n    return [await x for x in y]", "def f():\n    [await x for x in y]"]:
    try:
        compile(src, "<s>", "exec"); print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
# the async generator protocol by hand
async def counter():
    try:
        yield 1
        received = yield 2
        yield received
    finally:
        print("counter cleanup")
ag = counter()
print(type(ag).__name__, type(ag.__anext__()).__name__, ag.__aiter__() is ag)
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"
print(run(ag.__anext__()), run(ag.asend(None)), run(ag.asend("sent")))
print(run(ag.aclose()))
print(run(ag.__anext__()))
ag2 = counter()
run(ag2.__anext__())
try:
    run(ag2.athrow(ValueError("thrown in")))
except ValueError as e:
    print("propagated", e)

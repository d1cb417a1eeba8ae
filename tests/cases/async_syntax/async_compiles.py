
async def coro(x):
    await other()
    return x * 2

async def other():
    return None

async def agen():
    yield 1
    async for x in something():
        pass
    async with ctx() as c:
        pass

print(type(coro).__name__, coro.__code__.co_flags & 0x80 != 0, agen.__code__.co_flags & 0x200 != 0)
c = coro(21)
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
c2 = coro(1)
c2.close()
print("closed")
async def comp():
    return [x async for x in agen()], [await other() for _ in range(0)]
cc = comp()
print(comp.__name__, type(cc).__name__)
cc.close()
for src in ["await x", "def f():\n    await x", "async def f():\n    yield from x", "def g():\n    async for x in y: pass"]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

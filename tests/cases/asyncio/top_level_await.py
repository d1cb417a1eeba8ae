# PyCF_ALLOW_TOP_LEVEL_AWAIT: module code that awaits compiles to a coroutine
# (exec, single and eval modes); without the flag, await stays an error.
import ast, asyncio, types
src = "import asyncio\nawait asyncio.sleep(0)\nx = await asyncio.sleep(0, result=42)\nasync with asyncio.Lock():\n    y = 1\nz = [i async for i in agen()]\n"
ns = {}
exec("async def agen():\n    for i in range(3):\n        yield i\n", ns)
code = compile(src, "<tla>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(code.co_flags & 0x80))
coro = eval(code, ns)
print(type(coro).__name__)
asyncio.run(coro)
print(ns["x"], ns["y"], ns["z"])
plain = compile("a = 1", "<p>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(plain.co_flags & 0x80), eval(plain, ns), ns["a"])
try:
    compile("await x", "<e>", "exec")
except SyntaxError as e:
    print(e)
single = compile("await asyncio.sleep(0, result=7)", "<s>", "single", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(asyncio.run(types.FunctionType(single, ns)()))
e = compile("await asyncio.sleep(0, result=9)", "<s>", "eval", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(asyncio.run(eval(e, ns)))

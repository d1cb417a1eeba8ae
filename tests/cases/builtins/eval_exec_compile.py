print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": 5}), eval(" 3 "), eval("\n4\n".strip()))
g = {}
exec("a = 1\ndef f():\n    return a + 1\n", g)
print(g["a"], g["f"](), "__builtins__" in g)
l = {}
exec("b = 2", {}, l)
print(l)
code = compile("x = 5\nprint('compiled', x)", "<string>", "exec")
exec(code)
print(type(code).__name__, code.co_filename, compile("1+1", "<e>", "eval").co_name)
print(eval(compile("2**10", "<e>", "eval")))
single = compile("40 + 2", "<s>", "single")
exec(single)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset, e.filename)
try:
    exec("return 5")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print(e)
ns = {"__builtins__": {"len": len}}
print(eval("len('abc')", ns))
try:
    eval("print(1)", ns)
except NameError as e:
    print(e)
def scope():
    z = 10
    return eval("z + 1")
print(scope())
exec("import sys as _s\nprint(_s.__name__)")
print(eval("[i for i in range(3)]"), eval("lambda: 5")())
src = "def gen():\n    yield 1\n    yield 2\nresult = list(gen())"
ns2 = {}
exec(src, ns2)
print(ns2["result"])
print(eval(b"1 + 1"), exec("pass"))

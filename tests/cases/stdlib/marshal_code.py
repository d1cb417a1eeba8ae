# Code objects survive marshal: the loaded code compares equal, keeps its
# names and constants, and runs (as a function body and under exec).
import marshal
import types


def f(a, b=2, *, c=3):
    "doc"
    x = [i * a for i in range(b)]
    try:
        return sum(x) + c + 10**30
    except ZeroDivisionError:
        return -1.5j


data = marshal.dumps(f.__code__)
code = marshal.loads(data)
print(code == f.__code__, code.co_name, code.co_varnames, code.co_consts[0])
print(code.co_argcount, code.co_kwonlyargcount, code.co_firstlineno == f.__code__.co_firstlineno)
g = types.FunctionType(code, globals(), "g", (2,), None)
g.__kwdefaults__ = {"c": 3}
print(g(5), g(1, 4, c=0))

src = compile("import sys\nprint('hello from', __name__, [n for n in (1, 2.5, 'x')])", "mod.py", "exec")
exec(marshal.loads(marshal.dumps(src)), {"__name__": "m"})
nested = marshal.loads(marshal.dumps((1, src, [src.co_consts])))
print(type(nested[1]).__name__, nested[1] == src)

try:
    marshal.loads(data[:40])
except EOFError as e:
    print("EOFError", e)

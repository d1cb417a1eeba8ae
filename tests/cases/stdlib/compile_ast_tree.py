# compile() of an ast tree: every statement and expression kind, positions
# kept for tracebacks, hand-built trees, transformers, CPython's errors.
import ast, sys, traceback
src = '''
import math as m, os.path
from collections import OrderedDict as OD
x = [i * 2 for i in range(5) if i % 2]
y = {k: v for k, v in zip("ab", (1, 2))}
s = {1, 2}; g = (i for i in range(3))
def f(a, /, b=2, *args, c, d=4, **kw) -> int:
    """doc"""
    global x
    t = f"{a!r:>{b}} {c=}" + f'{d}'
    return (a, b, args, c, d, kw, t)
print(f(1, c=3, z=9))
class K(dict, metaclass=type):
    z: int = 5
    def m(self): return super().keys()
print(K(a=1).m(), K.z, x, y, sorted(s), list(g))
async def co(): return 1
try:
    1 / 0
except ZeroDivisionError as e:
    print("zde", e)
else:
    pass
finally:
    print("fin")
with open(__file__ if False else "/dev/null") as fh: print(fh.read() == "")
while False: break
else: print("while-else")
for i in range(2):
    if i: continue
    elif i == 5: pass
    else: print("i", i)
lam = lambda q, *r, s=1: (q, r, s)
print(lam(1, 2), -5, 2 ** -1, 1j, b"by", ..., None, True, not 1, ~3, +4, 3 if x else 4, x[1:3], x[::2])
assert x, "msg"
del y
n = (z := 10)
print(n, z, m.floor(2.5), 0xFF, 10**30, -10**30, 1.5e300, [*x, *x][:2], {**{"a": 1}})
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as eg:
    print("eg", eg.exceptions)
'''
tree = ast.parse(src, "<t>")
code = compile(tree, "<t>", "exec")
exec(code, {"__name__": "m", "__file__": "x"})
print(eval(compile(ast.parse("1 + 2 * 3", mode="eval"), "<e>", "eval")))
tree = ast.parse("def g():\n    a = 1\n    raise KeyError(a)\ng()\n")
try:
    exec(compile(tree, "<kt>", "exec"), {})
except KeyError as e:
    print([(fs.lineno, fs.name) for fs in traceback.extract_tb(e.__traceback__)][1:])
# a tree built by hand, with fix_missing_locations
mod = ast.Module(body=[ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("hand"), ast.BinOp(ast.Constant(2), ast.Mult(), ast.Constant(21))], []))], type_ignores=[])
exec(compile(ast.fix_missing_locations(mod), "<hand>", "exec"))
try:
    compile(ast.Module(body=[ast.Expr(ast.Name("x", ast.Load()))], type_ignores=[]), "<bad>", "exec")
except TypeError as e:
    print("TE", e)
print(compile(tree, "<t>", "exec", ast.PyCF_ONLY_AST) is tree)
# transformer
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int): return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
t2 = Double().visit(ast.parse("print(1 + 2)"))
exec(compile(t2, "<d>", "exec"))

import ast
src = '''
"""Module doc."""
import os, sys as system
from . import x
from .a.b import (c as d, e)
@dec(1)
async def f(a, /, b: int = 2, *args, c, d=3, **kw) -> str:
    """Doc."""
    global g
    x = y = [i * 2 for i in range(10) if i % 2 async for j in k]
    x += 1; z: int = 5
    del x[0], y.attr
    async with open(p) as fh, other:
        await fh
    for i, j in zip(a, b):
        continue
    else:
        break
    while not x: pass
    try:
        raise ValueError("bad") from None
    except (TypeError, ValueError) as exc:
        pass
    except Exception:
        ...
    else:
        assert x, "msg"
    finally:
        return lambda q, *r: q if r else {**kw, 'a': 1}
class C(Base, metaclass=M):
    attr: "List[int]" = f"{x!r:>{width}} and {y=}"
    def m(self): yield from (yield)
match command.split():
    case [action, *rest] if action:
        pass
    case {"k": v, **others} | Point(x=0, y=1) | None | 3 | -1 | "s":
        pass
    case _:
        pass
result = a if b else c; n = -1; s = {1, 2}; t = (1,); u = b"bytes"; u2 = u"text" "more"; v = 1e10 + 2j; w = x[1:2, ::3]
'''
tree = ast.parse(src)
print(ast.dump(tree))
print(ast.dump(tree.body[5], include_attributes=True, indent=2)[:2000])
print(ast.dump(ast.parse("x = 1", mode="single")), ast.dump(ast.parse("1 + 2", mode="eval")))
for s in ["1", "'a'", "[1, (2, 3), {'a': {1, 2}}, set()]", "-1.5", "1+2j", "-(3)", "{'a': b'x', 2: None, 3: True}"]:
    print(repr(ast.literal_eval(s)))
for bad in ["x", "1 + x", "f(1)", "[1, 2"]:
    try: ast.literal_eval(bad)
    except (ValueError, SyntaxError) as e: print(type(e).__name__, str(e).split(" at 0x")[0])
print(ast.get_docstring(tree), ast.get_docstring(tree.body[5]), [type(n).__name__ for n in ast.walk(ast.parse("a + b * c"))])
class V(ast.NodeVisitor):
    def __init__(self): self.names = []
    def visit_Name(self, node): self.names.append(node.id); self.generic_visit(node)
v = V(); v.visit(tree); print(v.names[:20])
class T(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.copy_location(ast.Constant(value=str(node.value)), node)
t2 = T().visit(ast.parse("x = 1 + 2"))
print(ast.dump(t2), ast.get_source_segment("x = 1 + 2", ast.parse("x = 1 + 2").body[0].value))
n = ast.fix_missing_locations(ast.Module(body=[ast.Expr(value=ast.Name(id="x", ctx=ast.Load()))], type_ignores=[]))
print(n.body[0].lineno, n.body[0].value.col_offset, ast.increment_lineno(n, 3).body[0].lineno)
print(ast.Name("x").id, ast.Return().value, [(k, type(v).__name__) for k, v in ast.iter_fields(ast.Name(id="a", ctx=ast.Load()))])
try: ast.Name("a", "b", "c")
except TypeError as e: print(e)

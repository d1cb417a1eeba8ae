import ast
srcs = [
    "x = (a + b) * c ** -d ** e", "f(*args, key=1, **kw)", "a if b else c if d else e", "lambda x, *y, z=1, **w: x",
    "(x := y + 1)", "not (a and b) or c", "a < b < c", "-(-x)", "(-1) ** 2", "1 .real", "x[1:2, ::3]", "x[()]",
    "{**a, 'b': 1}", "{*()}", "{1, 2}", "[i for i in range(3) if i if i > 1]", "(i async for i in y)",
    "f'{x!r:>{w}} {{lit}} {y}\\n'", "f'{a}' 'b'", "b'\\x00abc'", "'it''s'", "u'x'", "1e309", "1j", "(1, )",
    "del a, b[0]", "assert x, 'm'", "raise E from e", "global a, b", "from . import x as y, z", "import a.b as c",
    "async def f():\n    await x\n    async for a in b: pass\n    async with c as d, e: pass",
    "@dec\nclass C(B, metaclass=M):\n    '''doc'''\n    x: int = 1\n    def m(self, a, /, b, *, c): return a",
    "try:\n    pass\nexcept* E as e:\n    pass", "try:\n    a\nexcept (A, B):\n    b\nelse:\n    c\nfinally:\n    d",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass", "while x:\n    break\nelse:\n    continue",
    "match p:\n    case [1, *rest]: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0) | None: pass\n    case (a as b): pass",
    "x: 'ann'", "(x): int", "a, b = c", "for (a, b) in c: pass", "yield_ = (yield x)", "def g():\n    yield from y",
    "print('a\\tb', \"q'\", '''x\ny''')", "f\"{'a'}\"", "a @ b // c % d << e >> f & g ^ h | i", "x = y = 1",
    "with (a, b): pass", "lambda: (yield)", "f(x for x in y)", "f((x for x in y), 1)", "a.b.c(d)[e]",
    "not x == y", "~x + +y", "x = -1 if y else +2", "nonlocal_ = 1", "t = 1,", "def f(a=1, *, b): pass",
]
for src in srcs:
    try:
        tree = ast.parse(src)
        out = ast.unparse(tree)
        same = ast.dump(ast.parse(out)) == ast.dump(tree)
        print(repr(out), same)
    except Exception as e:
        print(repr(src), type(e).__name__, e)
print(ast.unparse(ast.parse("x = 1", mode="eval" if False else "exec")), ast.unparse(ast.Constant(value=float("nan"))))

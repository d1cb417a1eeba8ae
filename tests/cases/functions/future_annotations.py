from __future__ import annotations
import __future__
print(__future__.annotations, __future__.all_feature_names)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease(), __future__.annotations.compiler_flag)
print(annotations)

def f(a: Undefined, b: list[int] = [], *args: tuple[int, ...], c: "str" = 'x', **kw: dict[str, int]) -> None | int: pass
print(f.__annotations__)

def g(x: a.b.c, y: 1 + 2 * 3, z: (1 + 2) * 3, w: -x ** 2, v: (-x) ** 2, u: x ** -y, t: not a and b or c) -> lambda x, y=1, *a, k, **kw: x: pass
print(g.__annotations__)

def h(a: x if y else z, b: (x if y else z) if w else v, c: [1, 2, (3,)], d: {1: 2, **e}, e: {1, 2}, f: (), g: (1,), h: f(x, *y, k=1, **z), i: f(x for x in y), j: [x for x in y if z for w in v], k: {a: b for a, b in c}, l: {x async for x in y}, m: a[1:2], n: a[::2], o: a[1:2, ::3], p: a[()], q: a[1,], r: 1 .real, s: 1.5.real, t: "a'b", u: 'a"b', v: b'x\x00', w: 1e100, x: 1e16, y: 1e-5, z: 1j, aa: 1+2j, ab: ..., ac: None, ad: True, ae: f'{x!r:>{w}} {{ }}', af: f"{x=}", ag: f'{ {1: 2}[1] }', ah: 0x10, ai: 1_000, aj: 10**100, ak: 'ü\n\t', al: a < b <= c is not d not in e, am: x | y & z ^ w << 2 >> 3, an: a @ b // c % d / e, ao: (a, b), aq: ~x, ar: +x, 
      as_: 1e400, at: -1e400j, au: a.b(c).d[e], aw: lambda: 0, ax: lambda *, k: 0, ay: lambda a, /, b: 0, az: u"x", ba: "a" "b", bb: f"a" "b{c}", bc: (a for b in c), bd: [*a, *b], be: (x, *y), bg: -(-1), bh: 2**-1, bi: (a + b) + c, bj: a + (b + c), bk: a - (b - c), bl: (a ** b) ** c, bm: a ** b ** c, bn: await_ if 1 else 2, bo: (not a) == b, bp: not (a == b), bq: a if (b if c else d) else e, br: (lambda: 1)(), bs: (a, b)[0], bt: [a][0], bu: -a.b, bv: (-a).b, bw: a[-1:], bx: {**a, 'b': 1}, by: f'{a:{b}{c}}', bz: f'{"q"}', ca: f"{'{'}", cb: f'{x!s}{y!a}', cc: "\x7f\u200b\U0001f600", cd: b"'\"", ce: f'{3.14:.2f}', cf: (1).real, cg: 1.0, ch: 100000000000000000000.0, ci: 0.1, cj: 123456789.123456789):
    pass
for k, v in h.__annotations__.items(): print(k, v)

q=[0]
class C:
    x: ClassVar[int] = 3
    y: "q"
    import types as z
    z.a: Undefined = 1
    z.b: Undefined2
    q[0]: Undef3
print(C.__annotations__)
x: int = 5
print(__annotations__)
def outer():
    local = 1
    def inner(a: local) -> local: pass
    class K:
        attr: local
    return inner, K
i, K = outer()
print(i.__annotations__, K.__annotations__, i.__code__.co_freevars, outer.__code__.co_cellvars)
import __future__ as fut
print(compile("def f(x: int): pass", "s", "exec", fut.CO_FUTURE_ANNOTATIONS).co_flags & fut.CO_FUTURE_ANNOTATIONS)
ns = {}
exec("def f(x: int): pass", ns)
print(ns['f'].__annotations__)
exec(compile("def f(x: int): pass", "s", "exec", dont_inherit=True), ns)
print(ns['f'].__annotations__)
print([getattr(fut, n) for n in dir(fut) if n.startswith('CO_')])
for name in fut.all_feature_names:
    feat = getattr(fut, name)
    print(name, feat.optional, feat.mandatory, feat.compiler_flag, repr(feat))
for src in ["from __future__ import braces", "from __future__ import nope", "x=1\nfrom __future__ import annotations", "from __future__ import *", "'''doc'''\nfrom __future__ import annotations\nfrom __future__ import division\nx=1", "from __future__ import (annotations as a, division)", "def f():\n    from __future__ import annotations", "import __future__\nfrom __future__ import annotations", "from __future__ import annotations\ndef f(x: (yield)): pass", "from __future__ import annotations\ndef f(x: (y:=1)): pass", "from __future__ import annotations\nasync def f(x: await y): pass", "from __future__ import annotations\nx: (yield) = 1"]:
    try:
        compile(src, "src", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

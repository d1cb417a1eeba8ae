# codeop: whole statements compile, unfinished ones give None (another
# line may finish them), invalid ones raise; compile() itself reports
# "incomplete input" under PyCF_ALLOW_INCOMPLETE_INPUT; CommandCompiler
# remembers __future__ imports; code objects compare by contents.
import codeop
sources = ['if 1:', 'if 1:\n  pass', 'if 1:\n  pass\n', 'if 1:\n  pass\n\n', 'x = (1,', 'x = 1', 'x = """abc',
           '', '# c', 'a = 1\\', 'a = 9+ \\\n', '@d', 'def f(:', 'x y', '1 +', 'for i in x: pass',
           'class A:\n  x = 1\n', '(1,', '1 + 2', 'def x():\n\npass\n', 'if 9==3:\n   pass\nelse:']
for s in sources:
    for symbol in ('single', 'eval', 'exec'):
        if symbol == 'eval' and s == 'x = """abc':
            continue
        try:
            r = codeop.compile_command(s, symbol=symbol)
        except SyntaxError as e:
            r = f'{type(e).__name__}: {e}'
        print(repr(s), symbol, '->', 'code' if hasattr(r, 'co_code') else r)
for s in ['x = (1,\n', 'x = """abc\n', 'if 1:\n', 'a = 1\\\n', '@d\n', 'def f(:\n', 'for i in x: pass\n',
          'if 1:\n  pass\n', 'if 1:\n  pass\n  ', 'if 1:\n  pass', 'if 1:', 'x = 1', 'for i in x: pass']:
    try:
        compile(s, '<i>', 'single', codeop.PyCF_ALLOW_INCOMPLETE_INPUT | codeop.PyCF_DONT_IMPLY_DEDENT)
        print(repr(s), 'ok')
    except SyntaxError as e:
        print(repr(s), e)
c = codeop.CommandCompiler()
print(c("from __future__ import annotations") is not None, bool(c.compiler.flags & 0x1000000))
print(codeop.compile_command("") == compile("pass", "<input>", "single"))
a, b = compile("x = 1.0", "f", "exec"), compile("x = 1.0", "g", "exec")
print(a == b, hash(a) == hash(b), compile("x = -0.0", "f", "exec") == compile("x = 0.0", "f", "exec"), a != b, a == 1)

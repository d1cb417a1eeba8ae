# Source given as bytes to exec/compile/eval: cookies and line endings.
exec(b'# coding: latin-1\nprint("caf\xe9")')
exec("s = '''a\r\nb\rc'''\r\nprint(repr(s))")
print(eval(b"'\xc3\xa9'"))
print(repr(eval("'''x\r\ny'''")))
code = compile(b"# -*- coding: iso-8859-15 -*-\nv = '\xa4'\n", "<latin9>", "exec")
ns = {}
try:
    exec(code, ns)
    print(repr(ns["v"]))
except LookupError as e:
    print("LookupError", e)
for src in [b'print("caf\xe9")', b'\xef\xbb\xbf# coding: latin-1\n1', b'# coding: bogus\n1']:
    try:
        exec(src)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.filename, e.lineno)
# A cookie naming UTF-8 with bytes that are not: the literal's decode error.
for src in [b'# coding: utf-8\nx = 1\nprint("caf\xe9")\n', b'x = 1\nprint("caf\xe9xyz")\n']:
    try:
        exec(src)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)

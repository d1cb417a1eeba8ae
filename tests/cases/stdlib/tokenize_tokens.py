import tokenize, io, token
srcs = ['''def f(a, b=1, *c, **d):
    """doc
    string"""
    x = a + b  # comment
    if x:
        return [1, 2.5e3, 0x1F, 1_000j,
                'it''s', b"\\x00", f"{x!r:>10}"]
    # trailing comment

    return None
''', "x = 1\ny = (2 +\n     3)\nz = 'a\\\nb'\n", "if x:\n\tpass\nelse:\n        pass", "s = '''a\nb'''  + r'\\d'\nt = ... ; u = a @= b ** -c // d\n", "lambda: 0 if x else y # end", "\n\n# only comment\n", "a = [\n1,\n# c\n2]\n", "x = 1 \\\n  + 2\n"]
for src in srcs:
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        print(t)
    print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO(src).readline)) == src)
data = "# -*- coding: latin-1 -*-\nx = 'é'\n".encode("latin-1")
print(tokenize.detect_encoding(io.BytesIO(data).readline))
for t in tokenize.tokenize(io.BytesIO(data).readline): print(t, t.exact_type)
print(tokenize.untokenize([(token.NAME, "x"), (token.OP, "="), (token.NUMBER, "1")]))
for bad in ["x = (1,\n", "s = '''abc\n", "if x:\n    a\n  b\n"]:
    try:
        list(tokenize.generate_tokens(io.StringIO(bad).readline))
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args)

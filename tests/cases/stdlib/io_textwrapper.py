import io
raw = "first line\nsecond\r\nthird\rfourth ünïcødé €\n\nlast".encode("utf-8")
for newline in (None, "", "\n", "\r", "\r\n"):
    t = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8", newline=newline)
    t._CHUNK = 3 if hasattr(t, "_CHUNK") else None
    print(repr(newline), t.readlines(), t.newlines)
t = io.TextIOWrapper(io.BytesIO(raw))
print(repr(t), t.encoding, t.errors, t.line_buffering, t.read(5), repr(t.read()))
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="latin-1", newline="\r\n")
print(t.write("a\nb é\n"), t.writable(), t.readable())
t.flush()
print(b.getvalue())
t = io.TextIOWrapper(io.BytesIO(b"\xff\xfeabc"), encoding="ascii", errors="replace")
print(repr(t.read()))
try:
    io.TextIOWrapper(io.BytesIO(b""), encoding="nope")
except LookupError as e:
    print("LookupError", e)
try:
    io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(isinstance(open(__file__), io.TextIOWrapper), isinstance(t, io.TextIOBase))
with io.TextIOWrapper(io.BytesIO("α\nβ\n".encode("utf-16")), encoding="utf-16") as t:
    print([line for line in t])
    print(t.closed)
print(t.closed)

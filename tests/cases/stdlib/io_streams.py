# io.StringIO and io.BytesIO: reading, writing, seeking, newlines, errors;
# the abstract classes; print() into a StringIO; redirect_stdout.
import io
import contextlib

s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell())
for args in [(1, 1), (-1,), (1, 2), (0, 3)]:
    try:
        s.seek(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    s.write(5)
except TypeError as e:
    print(e)
print(s.readable(), s.writable(), s.seekable(), s.closed, s.isatty())
s.close()
print(s.closed)
for op in [s.getvalue, s.read, lambda: s.write("x")]:
    try:
        op()
    except ValueError as e:
        print(e)

t = io.StringIO("line one\nline two\r\nline three\rend")
print(t.tell(), t.readlines())
t = io.StringIO("a\r\nb\rc\nd", newline=None)
print(repr(t.getvalue()), list(t), t.newlines)
t = io.StringIO("a\r\nb\rc\nd", newline="")
print(list(t))
t = io.StringIO(newline="\r\n")
t.write("x\ny\n")
print(repr(t.getvalue()))
with io.StringIO("one\ntwo\n") as f:
    for line in f:
        print(repr(line))
print(f.closed)
try:
    io.StringIO(newline="x")
except ValueError as e:
    print(e)
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)

out = io.StringIO()
print("a", 1, 2.5, sep="|", file=out)
print("end", file=out, end="")
print(repr(out.getvalue()))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))

b = io.BytesIO(b"abc\ndef\nghi")
print(b.read(2), b.readline(), b.readlines(), b.tell())
b.seek(-3, 2)
print(b.read(), b.seek(1), b.read1(2))
b.seek(0)
b.write(b"XYZ")
b.write(bytearray(b"!"))
print(b.getvalue(), b.tell())
b.seek(15)
b.write(b"end")
print(b.getvalue())
print(b.truncate(4), b.getvalue())
target = bytearray(3)
b.seek(1)
print(b.readinto(target), target)
try:
    b.write("text")
except TypeError as e:
    print(e)
try:
    b.seek(-1)
except ValueError as e:
    print(e)

print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
print(isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.TextIOBase))
import sys
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase), io.SEEK_END, io.open is open)
print(issubclass(io.UnsupportedOperation, OSError))

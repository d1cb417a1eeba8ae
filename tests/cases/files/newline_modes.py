# open(newline=...): where lines end, what reading gives back, what
# writing turns "\n" into, and the `newlines` each universal mode notes;
# read(n) counts characters (a "\r\n" read as "\n" is one), readline(n)
# too; lines that straddle a buffer refill; binary files and piped stdin
# end lines only at "\n".
import os, subprocess, sys, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "endings.txt")
with open(p, "wb") as f:
    f.write(b"a\rb\r\nc\nd\re")
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines(), f.newlines)
    with open(p, newline=nl) as f:
        print(repr(nl), list(f), repr(f.read()))
    with open(os.path.join(d, "out.txt"), "w", newline=nl) as f:
        f.write("x\ny\r\nz\r")
    print(open(os.path.join(d, "out.txt"), "rb").read())
big = os.path.join(d, "big.txt")
with open(big, "wb") as f:
    f.write(("ab\r\n" * 16383 + "xyz\r" + "\nq\r" + "é\r\n" * 5 + "z\rw").encode())
with open(big) as f:
    lines = f.readlines()
    print(len(lines), lines[16382:], f.newlines)
for nl in (None, "", "\r", "\r\n"):
    with open(big, newline=nl) as f:
        parts = []
        while True:
            c = f.read(7)
            if not c:
                break
            parts.append(c)
        print(repr(nl), len(parts), parts[-6:], sum(map(len, parts)), f.newlines)
    with open(big, newline=nl) as f:
        print(repr(f.readline(3)), repr(f.readline()), repr(f.read(2)), len(f.read()))
with open(big, encoding="latin-1") as f:
    print(repr(f.read(5)), repr(f.read()[-20:]), f.newlines)
with open(p, "rb") as f:
    print(f.readlines())
out = subprocess.run([sys.executable, "-c", "import sys; print(repr(sys.stdin.read()), sys.stdin.newlines)"],
                     input=b"a\rb\r\nc\n", capture_output=True)
print(out.stdout.decode().strip())
for bad in (1, "x"):
    for mode in ("r", "rb"):
        try:
            open(p, mode, newline=bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
try:
    open(p, "rb", newline="\r")
except ValueError as e:
    print(e)

# Source declared UTF-8 (or bytes given to compile/exec) with bytes that
# are not UTF-8: in comments they are skipped, as CPython's tokenizer
# skips comments undecoded; in a string literal or a name they are
# CPython's "(unicode error)" with its line, text and columns.
import os, subprocess, sys, tempfile
exec(b"# coding: utf-8\nx = 1  # caf\xe9\n# \xff\xfe\nprint('comments', x)\n")
print(compile(b"x = 1  # \xe9\n", "f", "exec").co_name)
sources = [
    b'x = "caf\xe9"\n',
    b'x = "caf\xe9 d"\n',
    b'x = "\xe9abc"\n',
    b'x = "ab\xe9abc" + "q"\n',
    b'x = "a" + "ab\xe9abc"\n',
    b'x = "a\xc3\xa9" + "ab\xe9abc"\n',
    b'print("ok")\nx = "ab" + "caf\xe9 d" + "x"\n',
    b'x\xe9 = 3\n',
    b'x = 3 # \xe9\n"""\n\xe9\n"""\n',
]
for src in sources:
    try:
        compile(b"# coding: utf-8\n" + src, "f.py", "exec")
    except SyntaxError as e:
        print(repr(e.msg), repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
d = tempfile.mkdtemp()
for i, src in enumerate([b"# coding: utf-8\n# caf\xe9\nprint('ran')\n", b"# coding: utf-8\n" + sources[3]]):
    path = os.path.join(d, f"bad{i}.py")
    with open(path, "wb") as f:
        f.write(src)
    out = subprocess.run([sys.executable, path], capture_output=True, text=True)
    print(out.returncode, out.stdout, out.stderr.replace(d, "DIR"))

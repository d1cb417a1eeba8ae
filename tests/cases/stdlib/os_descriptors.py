import os
import stat
import tempfile


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(path, "PATH"))


fd, path = tempfile.mkstemp(suffix=".dat", prefix="run_")
print(isinstance(fd, int), os.path.isabs(path), os.path.basename(path).startswith("run_"), path.endswith(".dat"))
print(oct(stat.S_IMODE(os.stat(path).st_mode)))
print(os.write(fd, b"hello descriptors\n"), os.lseek(fd, 0, os.SEEK_CUR))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
os.fsync(fd)
os.close(fd)
attempt("closed twice", lambda: os.close(fd))
attempt("read closed", lambda: os.read(fd, 1))

fd = os.open(path, os.O_WRONLY | os.O_APPEND)
os.write(fd, b"appended\n")
os.close(fd)
with open(path, "rb") as f:
    print(f.read())

fd = os.open(path, os.O_RDONLY)
with os.fdopen(fd) as f:
    print(repr(f.readline()), f.name == fd, f.mode)
attempt("fd closed by file", lambda: os.read(fd, 1))

fd = os.open(path, os.O_RDWR)
f = open(fd, "r+", closefd=False)
print(repr(f.read()))
f.close()
print(os.lseek(fd, 0, os.SEEK_CUR) > 0, os.read(fd, 3))
dup = os.dup(fd)
os.lseek(dup, 0, os.SEEK_SET)
print(os.read(fd, 5))
os.close(dup)
os.close(fd)

fd, path2 = tempfile.mkstemp(text=True, dir=os.path.dirname(path))
with os.fdopen(fd, "w") as f:
    f.write("via fdopen\n")
print(open(path2).read(), end="")
os.remove(path2)

r, w = os.pipe()
os.write(w, b"through a pipe")
os.close(w)
print(os.read(r, 100), os.read(r, 100))
os.close(r)

attempt("missing", lambda: os.open(path + ".missing", os.O_RDONLY))
attempt("exclusive", lambda: os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
attempt("bad fd", lambda: os.read(9999, 1))
attempt("bad fd open", lambda: open(9999))
attempt("closefd with name", lambda: open(path, closefd=False))
attempt("write str", lambda: os.write(1, "text"))
attempt("fdopen str", lambda: os.fdopen("x"))
os.remove(path)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_APPEND, os.O_TRUNC)

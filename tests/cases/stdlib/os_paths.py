# os and os.path: files and directories in a scratch tree, the pure path
# functions, environ, and CPython's OSError messages.
import os
import os.path
import stat

base = "_os_scratch"
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)

os.makedirs(os.path.join(base, "a", "b"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
with open(os.path.join(base, "a", "one.txt"), "w") as f:
    f.write("hello")
with open(os.path.join(base, "a", "b", "two.txt"), "w") as f:
    f.write("hi")
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a"))))
for root, dirs, files in os.walk(base):
    print(root, sorted(dirs), sorted(files))
st = os.stat(os.path.join(base, "a", "one.txt"))
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(base).st_mode), type(st.st_mtime).__name__, len(st), st[6])
print(os.path.getsize(os.path.join(base, "a", "b", "two.txt")), os.path.isfile(os.path.join(base, "a", "one.txt")),
      os.path.isdir(os.path.join(base, "a")), os.path.exists(os.path.join(base, "nope")), os.path.islink(base))
os.rename(os.path.join(base, "a", "one.txt"), os.path.join(base, "a", "uno.txt"))
print(sorted(os.listdir(os.path.join(base, "a"))), os.access(base, os.W_OK), stat.filemode(0o100644), stat.filemode(0o40755))
cwd = os.getcwd()
os.chdir(base)
print(os.path.basename(os.getcwd()), sorted(os.listdir()))
os.chdir(cwd)
for call in [lambda: os.remove(os.path.join(base, "missing.txt")), lambda: os.mkdir(base),
             lambda: os.rmdir(os.path.join(base, "a")), lambda: os.listdir("no/such/dir"),
             lambda: os.rename("no_such_file", "other"), lambda: os.stat(None), lambda: open(os.path.join(base, "a"))]:
    try:
        call()
    except (OSError, TypeError) as e:
        print(type(e).__name__, e, getattr(e, "errno", None), getattr(e, "filename", None))
os.remove(os.path.join(base, "a", "uno.txt"))
os.remove(os.path.join(base, "a", "b", "two.txt"))
os.removedirs(os.path.join(base, "a", "b"))
print(os.path.exists(base))

# Pure path functions.
for p in ["", "/", "a", "/a/b/", "a/b/c.txt", "//x/y", "///x", "a/./b/../../..", "../a", ".bashrc", "a.b/c", "x.tar.gz", "..."]:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p), os.path.normpath(p), os.path.isabs(p))
print(os.path.join("a", "b", "c"), os.path.join("/a", "/b", "c"), os.path.join("a/", "b"), os.path.join("", "x"), os.path.join(b"a", b"b"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr"]), os.path.commonpath(["/usr/lib", "/usr/local"]), os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"))
print(os.path.abspath("x/../y") == os.path.join(os.getcwd(), "y"), os.path.normpath(b"/a//b/./c/.."), os.path.splitext(b"f.py"), os.fspath(b"q"))
os.environ["FERROPY_TEST_VAR"] = "value 1"
print(os.environ["FERROPY_TEST_VAR"], os.getenv("FERROPY_TEST_VAR"), os.getenv("FERROPY_NO_SUCH", "dflt"), "FERROPY_TEST_VAR" in os.environ)
print(os.path.expandvars("$FERROPY_TEST_VAR and ${FERROPY_TEST_VAR}, $NO_SUCH_VAR_X, $"), os.system("echo $FERROPY_TEST_VAR"))
del os.environ["FERROPY_TEST_VAR"]
print(os.environ.get("FERROPY_TEST_VAR"), os.sep, os.pathsep, os.linesep == "\n", os.name, os.curdir, os.pardir, os.devnull)
print(type(os.getpid()).__name__, os.cpu_count() >= 1, len(os.urandom(8)), os.strerror(2), os.path is os.path, os.error is OSError)
for bad in ["os.path.join('a', b'b')", "os.fspath(3)", "os.environ[1]", "os.path.commonpath([])", "os.path.commonpath(['/a', 'b'])", "os.path.relpath('')"]:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)

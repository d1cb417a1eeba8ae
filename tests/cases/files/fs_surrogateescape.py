# Bytes that are not UTF-8 in file names, arguments and the environment:
# surrogateescape as CPython (names listed open again and encode back).
import os, subprocess, sys, tempfile

d = tempfile.mkdtemp()
os.chdir(d)
for name, text in [(b"caf\xe9.txt", b"x"), (b"ok.txt", b"y"), ("\u00e9t\u00e9.txt".encode(), b"z")]:
    fd = os.open(name, os.O_WRONLY | os.O_CREAT)
    os.write(fd, text)
    os.close(fd)
names = sorted(os.listdir("."))
print(ascii(names), ascii(sorted(os.listdir(b"."))))
for n in names:
    with open(n) as f:
        print(ascii(n), f.read(), os.path.exists(n), ascii(os.fsencode(n)), os.stat(n).st_size)
open("new\udcfe.txt", "w").write("hi")
print(os.path.exists(b"new\xfe.txt"), ascii(os.fsdecode(b"new\xfe.txt")))
try:
    open("bad\ud800", "w")
except UnicodeEncodeError as e:
    print("E", e)
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
child = "import os, sys; print(ascii(sys.argv[1:]), ascii(os.environ['WEIRD']), os.environb[b'WEIRD'])"
env = dict(os.environb)
env[b"WEIRD"] = b"v\xff"
r = subprocess.run([sys.executable, "-c", child, b"a\xffb", "\u00e9"], capture_output=True, env=env)
print(r.stdout.decode(), r.returncode)
print(subprocess.run(["echo", "a\udcffb"], capture_output=True).stdout)
os.environ["FERRO_TEST"] = "w\udcfe"
print(os.environb[b"FERRO_TEST"], "FERRO_TEST" in os.environ, b"FERRO_TEST" in os.environb)
del os.environb[b"FERRO_TEST"]
print("FERRO_TEST" in os.environ)
for n in os.listdir(b"."):
    os.remove(n)
os.chdir("/")
os.rmdir(d)

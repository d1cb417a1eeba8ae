# tarfile: writing and reading ustar, GNU and pax archives, plain, gzip and
# bzip2 (files and streams), long and non-ASCII names, links, extraction
# with filters, extractfile, list, and reading archives CPython wrote.
import io, os, sys, tarfile, tempfile, time

work = tempfile.mkdtemp()
os.chdir(work)
os.makedirs("src/sub/deeper")
with open("src/a.txt", "w") as f:
    f.write("alpha\n")
with open("src/sub/b.bin", "wb") as f:
    f.write(bytes(range(256)) * 5)
with open("src/sub/deeper/c.txt", "w") as f:
    f.write("gamma " * 200)
os.symlink("a.txt", "src/link")
os.link("src/a.txt", "src/hard")
for p in ["src/a.txt", "src/sub/b.bin", "src/sub/deeper/c.txt", "src/hard"]:
    os.utime(p, (1_600_000_000, 1_600_000_000))

def show(tar):
    for m in tar.getmembers():
        print(" ", m.name, m.size, oct(m.mode), m.type, m.linkname, m.isfile(), m.isdir(), m.issym(), m.islnk(),
              int(m.mtime) if m.isfile() or m.islnk() else "")

for mode in ["w", "w:gz", "w:bz2", "w|gz", "w|bz2"]:
    name = "out.tar" + {"w": "", "w:gz": ".gz", "w:bz2": ".bz2", "w|gz": ".s.gz", "w|bz2": ".s.bz2"}[mode]
    with tarfile.open(name, mode) as tar:
        tar.add("src", filter=lambda ti: ti.replace(uname="u", gname="g", uid=1, gid=2, deep=False))
    print(mode, tarfile.is_tarfile(name))
    for read_mode in ["r", "r:*", "r|*"]:
        with tarfile.open(name, read_mode) as tar:
            names = [m.name for m in tar]
        print(" ", read_mode, names)
    with tarfile.open(name) as tar:
        show(tar)
        print(tar.extractfile("src/sub/b.bin").read()[250:260], tar.extractfile("src/link").read(),
              tar.extractfile("src/hard").read(), tar.extractfile("src/sub"))
        f = tar.extractfile("src/sub/deeper/c.txt")
        print(f.read(5), f.tell(), f.seek(-3, 2), f.read(), f.readable(), f.seekable())

# Extraction, with and without filters.
with tarfile.open("out.tar") as tar:
    tar.extractall("x1", filter="data")
    tar.extractall("x2")
for root in ["x1", "x2"]:
    for dirpath, dirnames, filenames in sorted(os.walk(root)):
        dirnames.sort()
        for fn in sorted(filenames):
            p = os.path.join(dirpath, fn)
            print(p, os.path.islink(p), os.path.getsize(p), int(os.path.getmtime(p)))

# Formats, long names, non-ASCII names, big sizes and fractional times.
long_name = "d/" + "x" * 120 + "/" + "é" * 60 + ".txt"
for fmt in [tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT]:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tar:
        for name, data in [("short.txt", b"hi"), (long_name, b"long"), ("caf\xe9.txt", b"cafe")]:
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            ti.mtime = 1234567890.5
            ti.uname = "user"
            try:
                tar.addfile(ti, io.BytesIO(data))
            except ValueError as e:
                print("ValueError", fmt, e)
        d = tarfile.TarInfo("adir")
        d.type = tarfile.DIRTYPE
        d.mode = 0o755
        tar.addfile(d)
        s = tarfile.TarInfo("slink")
        s.type = tarfile.SYMTYPE
        s.linkname = "short.txt"
        tar.addfile(s)
    print(fmt, len(buf.getvalue()))
    buf.seek(0)
    with tarfile.open(fileobj=buf) as tar:
        for m in tar:
            print(" ", m.name[:20], len(m.name), m.size, m.mtime, m.uname, m.type, sorted(m.pax_headers))
            if m.isfile():
                print("  ", tar.extractfile(m).read())

# An archive with an explicit global pax header; TarInfo basics.
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w", pax_headers={"comment": "hello"}) as tar:
    tar.addfile(tarfile.TarInfo("empty"))
buf.seek(0)
with tarfile.open(fileobj=buf) as tar:
    print(tar.pax_headers, [m.name for m in tar], tar.getmember("empty").pax_headers)
ti = tarfile.TarInfo("x")
print(ti.name, ti.mode, ti.type, ti.isreg(), ti.get_info()["name"], len(ti.tobuf()), repr(ti)[:12])
print(tarfile.itn(8 ** 11, 12, tarfile.GNU_FORMAT)[:2], tarfile.nti(tarfile.itn(8 ** 11, 12, tarfile.GNU_FORMAT)))
try:
    tarfile.itn(8 ** 11, 12, tarfile.USTAR_FORMAT)
except ValueError as e:
    print("ValueError", e)

# Errors.
for bad in [lambda: tarfile.open("missing.tar"), lambda: tarfile.open(fileobj=io.BytesIO(b"not a tar" * 100)),
            lambda: tarfile.open(fileobj=io.BytesIO(b"")), lambda: tarfile.open("out.tar", "r:zip"), lambda: tarfile.open("out.tar", "q")]:
    try:
        bad()
    except (OSError, tarfile.TarError, ValueError) as e:
        print(type(e).__name__, str(e).splitlines()[0])
with tarfile.open("out.tar") as tar:
    try:
        tar.getmember("nope")
    except KeyError as e:
        print("KeyError", e)
evil = io.BytesIO()
with tarfile.open(fileobj=evil, mode="w") as tar:
    for name in ["../escape.txt", "/abs.txt"]:
        tar.addfile(tarfile.TarInfo(name), io.BytesIO(b""))
evil.seek(0)
with tarfile.open(fileobj=evil) as tar:
    for m in tar.getmembers():
        try:
            tar.extract(m, "x3", filter="data")
            print("extracted", m.name, sorted(os.listdir("x3")))
        except tarfile.FilterError as e:
            print(type(e).__name__, str(e).replace(work, "<work>"))

# list()
with tarfile.open("out.tar") as tar:
    tar.list(verbose=False)

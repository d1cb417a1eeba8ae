import gzip
import io
import os
import tempfile
import zlib

text = b"".join(b"record %d,%f\n" % (i, i / 7) for i in range(2000))


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# One-shot: CPython's bytes for a fixed mtime, at each level.
for level in (1, 5, 9):
    c = gzip.compress(text, level, mtime=0)
    print(level, len(c), c[:10].hex(), zlib.crc32(c), gzip.decompress(c) == text)
print(gzip.compress(b"", mtime=1234567890).hex())
two = gzip.compress(b"first member ", mtime=0) + gzip.compress(b"second member", mtime=0) + b"\0\0\0"
print(gzip.decompress(two))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.csv.gz")
    with gzip.open(path, "wb") as f:
        print(f.mode, os.path.basename(f.name), f.writable(), f.readable())
        for i in range(0, len(text), 5000):
            f.write(text[i:i + 5000])
    raw = open(path, "rb").read()
    print(raw[:3].hex(), raw[8:10].hex(), raw[10:22], len(raw))
    with gzip.open(path) as f:
        print(f.read(20), f.tell(), f.mtime is not None)
        print(f.readline(), f.readline(5))
        f.seek(100)
        print(f.read(10), f.tell())
        f.seek(30)
        print(f.read(10))
        rest = f.read()
        print(len(rest), f.read())
    with gzip.GzipFile(path) as f:
        lines = list(f)
        print(len(lines), lines[:2], lines[-1])
    with gzip.open(path, "rt", encoding="ascii") as f:
        print(type(f).__name__, f.readline(), sum(1 for _ in f))
    tpath = os.path.join(d, "notes.txt.gz")
    with gzip.open(tpath, "wt", encoding="utf-8") as f:
        f.write("ünïcødé line\nsecond line\n")
    with gzip.open(tpath, "rt", encoding="utf-8") as f:
        print(f.read())
    with gzip.open(tpath, "ab") as f:
        f.write(b"appended member\n")
    with gzip.open(tpath, "rb") as f:
        print(f.read())
    with gzip.open(tpath, "rt", newline="") as f:
        print(f.readlines())

    # A file object we give it.
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
        f.write(b"in memory ")
        f.write(bytearray(b"bytes"))
    print(buf.getvalue().hex())
    buf.seek(0)
    with gzip.GzipFile(fileobj=buf) as f:
        print(f.read(), f.mtime)

    # Damaged files.
    good = gzip.compress(b"payload" * 50, mtime=0)
    attempt("not gzip", lambda: gzip.decompress(b"abcdefghijkl"))
    attempt("truncated", lambda: gzip.decompress(good[:-4]))
    attempt("cut early", lambda: gzip.decompress(good[:20]))
    bad_crc = good[:-8] + bytes(4) + good[-4:]
    attempt("crc", lambda: gzip.decompress(bad_crc))
    bad_len = good[:-4] + bytes(4)
    attempt("length", lambda: gzip.decompress(bad_len))
    attempt("method", lambda: gzip.decompress(good[:2] + b"\x07" + good[3:]))
    broken = os.path.join(d, "broken.gz")
    with open(broken, "wb") as f:
        f.write(good[:-5])
    attempt("file truncated", lambda: gzip.open(broken).read())
    attempt("binary encoding", lambda: gzip.open(path, "rb", encoding="utf-8"))
    attempt("bad mode", lambda: gzip.open(path, "rbt"))
    attempt("bad target", lambda: gzip.open(42))
    with gzip.open(path, "rb") as f:
        attempt("write to read", lambda: f.write(b"x"))
    f = gzip.open(path)
    f.close()
    attempt("closed", lambda: f.read())
    print(f.closed, gzip.READ, gzip.WRITE, gzip.FNAME, issubclass(gzip.BadGzipFile, OSError))

# mmap: file-backed (shared, read-only, copy-on-write) and anonymous
# mappings, slicing, find, read/write/seek, flush, resize and the errors.
import mmap, os, tempfile

path = os.path.join(tempfile.mkdtemp(), "data.bin")
with open(path, "wb") as f:
    f.write(b"hello world\nsecond line\nthird")

with open(path, "r+b") as f:
    m = mmap.mmap(f.fileno(), 0)
    print(len(m), m.size(), m[0], m[:5], m[-5:], m[::3], m.find(b"line"), m.rfind(b"l"), m.find(b"zz"))
    print(m.readline(), m.tell(), m.read(6), m.read_byte(), m.tell())
    m.seek(0)
    m.write(b"HELLO")
    m[6:11] = b"WORLD"
    m[0] = 104
    m.flush()
    print(m[:12], repr(m))
    m.move(0, 6, 5)
    print(m[:12])
    m.seek(-5, 2); print(m.read())
    m.seek(2, 0); m.seek(3, 1); print(m.tell())
    for bad in [lambda: m[100], lambda: m.__setitem__(0, 300), lambda: m.__setitem__(0, b"x"),
                lambda: m.__setitem__(slice(0, 2), b"abc"), lambda: m.seek(1000), lambda: m.move(0, 1, 1000),
                lambda: m.flush(1, 2), lambda: m.madvise(mmap.MADV_NORMAL, 10000)]:
        try:
            bad()
        except (IndexError, TypeError, ValueError, OSError) as e:
            print(type(e).__name__, e)
    m.resize(40)
    print(len(m), os.path.getsize(path), m[-12:])
    m.close()
    print(m.closed, repr(m))
    try:
        m[0]
    except ValueError as e:
        print("ValueError", e)
with open(path, "rb") as f:
    print(f.read())

with open(path, "rb") as f:
    r = mmap.mmap(f.fileno(), 5, access=mmap.ACCESS_READ)
    print(r[:], repr(r))
    for bad in [lambda: r.write(b"x"), lambda: r.__setitem__(0, 1), lambda: r.resize(10)]:
        try:
            bad()
        except TypeError as e:
            print("TypeError", e)
    r.close()

with open(path, "r+b") as f:
    c = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
    c[:5] = b"xxxxx"
    print(c[:5], repr(c).split(",")[1])
    c.close()
with open(path, "rb") as f:
    print(f.read(5))

with mmap.mmap(-1, 13) as a:
    a.write(b"Hello world!")
    print(a[:], a.tell(), list(a)[:3], b"H" in a, b"He" in a, 72 in a)
    a.madvise(mmap.MADV_DONTNEED)
    print(a[:5])
    try:
        a.size()
    except OSError as e:
        print("OSError", e.errno)

for args, kwargs in [((-1, -1), {}), ((-1, 0), {}), ((-1, 10), {"access": 9}),
                     ((-1, 10), {"access": mmap.ACCESS_READ, "prot": mmap.PROT_READ})]:
    try:
        mmap.mmap(*args, **kwargs)
    except (OverflowError, ValueError, OSError) as e:
        print(type(e).__name__, e)
with open(path, "rb") as f:
    for length, offset in [(1000, 0), (0, 4096 * 16)]:
        try:
            mmap.mmap(f.fileno(), length, offset=offset, access=mmap.ACCESS_READ)
        except ValueError as e:
            print("ValueError", e)
print(mmap.PAGESIZE == mmap.ALLOCATIONGRANULARITY, mmap.ACCESS_READ, mmap.MAP_SHARED, mmap.error is OSError)

# zipfile: archives written byte for byte as CPython writes them (stored,
# deflated, bzip2, UTF-8 names, comments), read back, appended to,
# extracted; damaged archives; file.truncate.
import zipfile, io, os, tempfile, hashlib
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    z.writestr(zipfile.ZipInfo("a.txt", (2020, 5, 17, 12, 30, 10)), "hello " * 20)
    i = zipfile.ZipInfo("dir/b.bin", (2021, 1, 2, 3, 4, 6)); i.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(i, bytes(range(256)) * 10)
    z.writestr(zipfile.ZipInfo("caf\u00e9.txt", (2022, 2, 2, 2, 2, 2)), b"x", compress_type=zipfile.ZIP_BZIP2)
    z.comment = b"the comment"
data = buf.getvalue()
print(len(data), hashlib.sha256(data).hexdigest()[:16])
with zipfile.ZipFile(io.BytesIO(data)) as z:
    print(z.namelist(), z.comment, z.testzip())
    for info in z.infolist():
        print(info.filename, info.date_time, info.compress_type, info.file_size, info.CRC, info.external_attr, repr(info))
    print(z.read("a.txt")[:12], len(z.read("dir/b.bin")), z.read("caf\u00e9.txt"))
    with z.open("a.txt") as f:
        print(f.read(5), f.readline()[:5])
    try: z.getinfo("nope")
    except KeyError as e: print("KeyError", e)
print(zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b"not a zip")))
d = tempfile.mkdtemp()
p = os.path.join(d, "t.zip")
with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
    with z.open("w.txt", "w") as f:
        f.write(b"written through open")
with zipfile.ZipFile(p, "a") as z:
    z.writestr("added.txt", "more")
with zipfile.ZipFile(p) as z:
    print(z.namelist(), z.read("w.txt"), z.read("added.txt"))
    z.extractall(os.path.join(d, "out"))
print(sorted(os.listdir(os.path.join(d, "out"))))
try: zipfile.ZipFile(io.BytesIO(b"junk" * 10))
except zipfile.BadZipFile as e: print("BadZipFile", e)
bad = bytearray(data); bad[40] ^= 0xFF
try: zipfile.ZipFile(io.BytesIO(bytes(bad))).read("a.txt")
except zipfile.BadZipFile as e: print("BadZipFile", e)
import shutil; shutil.rmtree(d)
# file.truncate
t = tempfile.mktemp()
with open(t, "w+b") as f:
    f.write(b"0123456789")
    f.seek(4)
    print(f.truncate(), f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(2), f.tell())
with open(t, "r+b") as f:
    print(f.read(1), f.truncate(), f.read())
os.remove(t)

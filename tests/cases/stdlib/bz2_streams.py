import bz2, os, tempfile, io
data = b"hello bzip2 " * 1000 + bytes(range(256)) * 10
c = bz2.compress(data)
print(len(c), c[:16].hex(), bz2.decompress(c) == data, bz2.compress(b"") .hex(), bz2.decompress(c + c) == data + data)
for level in (1, 5, 9):
    print(level, bz2.compress(data, level).hex()[:40])
comp = bz2.BZ2Compressor()
out = b"".join(comp.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)) + comp.flush()
print(out == c)
d = bz2.BZ2Decompressor()
parts = [d.decompress(c[i:i + 100], max_length=500) for i in range(0, len(c), 100)]
rest = b""
while not d.eof:
    rest += d.decompress(b"", max_length=500)
print(b"".join(parts) + rest == data, d.eof, d.unused_data, d.needs_input)
d2 = bz2.BZ2Decompressor(); print(d2.decompress(c + b"extra") == data, d2.unused_data)
try: d2.decompress(b"x")
except EOFError as e: print("EOFError", e)
try: bz2.decompress(b"not bzip2 data")
except OSError as e: print("OSError", e)
try: bz2.decompress(c[:-10])
except ValueError as e: print("ValueError", e)
path = os.path.join(tempfile.mkdtemp(), "f.bz2")
with bz2.open(path, "wt", encoding="utf-8") as f:
    f.write("line one\nline two é\n")
with bz2.open(path, "rt", encoding="utf-8") as f:
    print(f.readlines())
with bz2.BZ2File(path) as f:
    print(f.read(5), f.tell(), f.readline(), f.seekable())
with open(path, "rb") as f: print(f.read().hex()[:40])
try: comp.flush()
except ValueError as e: print("ValueError", e)

import tempfile, os
d = tempfile.mkdtemp(); p = os.path.join(d, "f")
with open(p, "wb") as f: f.write(b"hello world")
with open(p, "rb") as f:
    b = bytearray(5); print(f.readinto(b), b)
    m = memoryview(bytearray(4)); print(f.readinto1(m), bytes(m))
    b = bytearray(10); print(f.readinto(b), b)
os.remove(p); os.rmdir(d)

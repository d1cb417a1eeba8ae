b = bytearray(b"hello world")
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[1:4]), m[::2].tobytes(), m[::-1].tobytes(), m.readonly, m.format, m.itemsize, m.nbytes, m.shape, m.strides, m.ndim)
m[0] = 72; m[6:11] = b"WORLD"; print(b)
print(m.tolist()[:3], m.hex(), m[:2].hex(":"))
r = memoryview(b"abc")
print(r == b"abc", b"abc" == r, r == memoryview(b"abc"), r != b"abd", hash(r) == hash(b"abc"))
try: r[0] = 1
except TypeError as e: print(e)
try: hash(m)
except ValueError as e: print(e)
c = memoryview(bytearray(8)).cast("I"); c[1] = 7; print(c.tolist(), c.format, len(c), bytes(c.obj))
c2 = memoryview(b"\x01\x00\x02\x00").cast("h"); print(c2.tolist(), list(c2))
with memoryview(b"xy") as q: print(q[1])
try: q[0]
except ValueError as e: print(e)
print(repr(q).startswith("<released memory at 0x"))
try: memoryview("s")
except TypeError as e: print(e)
print(isinstance(m, memoryview), type(m).__name__, b"".join([m[:2], b"!"]), bytes(m[2:4]) + m[:1])
try: m[20]
except IndexError as e: print(e)
try: memoryview(bytearray(3)).cast("I")
except TypeError as e: print(e)
print(memoryview(b"ab").toreadonly().readonly, m.obj is b, m.c_contiguous, m[::2].contiguous)
print(bytearray(m[:3]), m[0:0].tobytes(), m[5:2].tolist())
try: m[0:2] = b"abc"
except ValueError as e: print(e)
try: m[0] = 256
except ValueError as e: print(e)
import io
print(io.BytesIO(m).read(3))

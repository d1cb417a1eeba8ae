# struct: every format code in native and standard sizes and byte
# orders, alignment, half/single/double floats with CPython's rounding,
# strings, and the error messages for values out of range.
import struct

values = {"b": -5, "B": 200, "?": True, "h": -1234, "H": 65000, "i": -70000, "I": 4000000000, "l": -2**40,
          "L": 2**40, "q": -2**62, "Q": 2**63, "n": -7, "N": 7, "e": 1.5, "f": 3.25, "d": 0.1, "P": 4096}
for order in "@=<>!":
    for code, value in values.items():
        fmt = order + code
        try:
            packed = struct.pack(fmt, value)
            print(fmt, packed, struct.unpack(fmt, packed), struct.calcsize(fmt))
        except struct.error as e:
            print(fmt, "error", e)
for fmt in ["iih", "<iih", "bi", "=bi", "hq", "c3xi", "0l", "h0i", "5s", "5p", "2c?", "3e", "xdx", " i  h "]:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack("<3sx2s", b"abcdef", b"z"), struct.pack("5p", b"ab"), struct.unpack("5p", b"\x09abcd"))
print(struct.pack(">hhl", 1, 2, 3), struct.unpack("<hhl", b"\x01\x00\x02\x00\x03\x00\x00\x00"))
for x in [1.0009765625, 65519.0, 1e-8, 5.960464477539063e-08, 2.9802322387695312e-08, -0.0,
          float("inf"), float("nan"), 0.333333333, 1e-5, 6.1e-5, 2049.0, 2051.0]:
    print(x, struct.pack("<e", x), struct.unpack("<e", struct.pack("<e", x)), struct.pack(">f", x))
print(struct.unpack("<e", b"\x01\x00"), struct.unpack("<e", b"\x00\x7c"), struct.unpack(">f", b"\x3d\xcc\xcc\xcd"))
print(struct.pack("f", 1e300), struct.pack("<f", 16777217.0), struct.pack("<d", 1e300))
tests = [("b", 200), ("B", -1), ("h", 70000), ("H", -1), ("<h", 70000), ("<H", -1), ("i", 2**31), ("I", -1),
         ("I", 2**32), ("<i", 2**31), ("<I", 2**32), ("l", 2**63), ("L", -1), ("<l", 2**31), ("<L", -1),
         ("q", 2**63), ("Q", -1), ("<Q", 2**64), ("n", 2**63), ("b", 1.5), ("c", b"ab"), ("s", "x"),
         ("d", "x"), ("<f", 1e300), ("<e", 65520.0), ("e", 1e10), ("P", -1), ("?", []), ("i", True)]
for fmt, value in tests:
    try:
        print(fmt, struct.pack(fmt, value))
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)
for fmt in ["<n", "z", "3", "!P"]:
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print(repr(fmt), e)
for call in [lambda: struct.unpack("<i", b"abc"), lambda: struct.unpack_from("<i", b"abcdef", 4),
             lambda: struct.pack("ii", 1), lambda: list(struct.iter_unpack("<h", b"abc"))]:
    try:
        call()
    except struct.error as e:
        print(e)
s = struct.Struct("<2h")
buf = bytearray(6)
s.pack_into(buf, 2, 7, -7)
print(s.format, s.size, buf, s.unpack_from(buf, 2), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
print(struct.unpack("<I", bytearray(b"\x01\x02\x03\x04")), struct.error.__module__, issubclass(struct.error, Exception))

b = b"Hello, World"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b.lower(), b.upper(), b.swapcase(), b.title())
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.startswith(b"He"), b.endswith((b"x", b"ld")))
print(b.split(b", "), b"a b  c".split(), b.replace(b"l", b"L"), b"  x ".strip(), b"xxaxx".strip(b"x"))
print(b"-".join([b"a", b"b"]), b.partition(b", "), b.hex(), bytes.fromhex("de ad be ef"), b"abc".hex(":"))
print(b"%d-%s-%r" % (1, b"x", b"y"), b"%5.1f|%x" % (3.14159, 255), b"a" * 3, b"a" + b"b", b"ab" in b"cabd", 97 in b"a")
print(bytes(range(5)), bytes([255, 0]), bytes(b"copy"), bytes(3), list(b"ab"), b"\x00\xff".decode("latin-1"))
print(b"abc" < b"abd", b"" == bytes(), hash(b"ab") == hash(b"ab"), b"abc".isalpha(), b"123".isdigit(), b" ".isspace())
print(b"a,b".split(b","), b"line1\nline2\r\n".splitlines(), b"Tab\tx".expandtabs(4), b"x".center(5, b"*"), b"7".zfill(3))
print(repr(b"quote'\"s"), repr(b'only\'s'), repr(b"\t\n\r\\"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
ba = bytearray(b"mutable")
ba[0] = ord("M")
ba.extend(b"!!")
ba.append(63)
ba += b"#"
del ba[1]
print(ba, len(ba), ba.pop(), ba.decode(), bytes(ba), ba.find(b"!"), ba.replace(b"!", b"?"))
ba[1:3] = b"XYZ"
print(ba, ba.upper(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
ba.reverse(); print(ba)
ba.clear(); print(ba, bytearray.fromhex("41 42"))
try:
    b[0] = 1
except TypeError as e:
    print(e)
try:
    bytearray(b"x")[0] = 256
except ValueError as e:
    print(e)
mv_ok = True
print(b"abc".decode(), str(b"abc"), b"\xe2\x82\xac".decode("utf-8"), b"ab".zfill(4), int.from_bytes(b"\x01\x02", "little"))

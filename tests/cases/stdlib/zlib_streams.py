import zlib

text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i for i in range(400))


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# One-shot compression: the same bytes as CPython's zlib, at every level.
for level in (-1, 0, 1, 5, 9):
    c = zlib.compress(text, level)
    print(level, len(c), c[:12].hex(), zlib.crc32(c), zlib.decompress(c) == text)
print(zlib.compress(b""), zlib.compress(b"a"), zlib.compress(b"a", level=9))

# The containers wbits chooses.
for wbits in (9, 12, 15, -9, -15, 25, 31):
    c = zlib.compress(text, 6, wbits)
    print(wbits, len(c), c[:4].hex(), zlib.crc32(c))
    back = zlib.decompress(c, wbits)
    print("  back", back == text)
for wbits in (0, 47, 32 + 15):
    print("zlib via", wbits, zlib.decompress(zlib.compress(text), wbits) == text)
print("gzip via 47", zlib.decompress(zlib.compress(text, wbits=31), 47) == text)

# Checksums.
print(zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.crc32(b"abc", -1))
print(zlib.adler32(b"hello"), zlib.adler32(b"world", zlib.adler32(b"hello ")), zlib.adler32(b""))
print(zlib.adler32(b"abc", 2**40 + 3), zlib.adler32(text))

# Streams.
co = zlib.compressobj(9, zlib.DEFLATED, -12)
pieces = [co.compress(text[i:i + 1000]) for i in range(0, len(text), 1000)]
pieces.append(co.flush())
stream = b"".join(pieces)
print([len(p) for p in pieces][:5], len(stream), zlib.crc32(stream))
co = zlib.compressobj()
a = co.compress(b"first part ")
b = co.flush(zlib.Z_SYNC_FLUSH)
c = co.compress(b"second part")
d = co.flush(zlib.Z_FULL_FLUSH)
e = co.flush()
print(a, b.hex(), c, d.hex(), e.hex())
print(co.flush(zlib.Z_NO_FLUSH) if False else "")
attempt("after finish", lambda: co.compress(b"x"))
attempt("flush after finish", lambda: co.flush())

do = zlib.decompressobj(-12)
out = b""
for i in range(0, len(stream), 777):
    out += do.decompress(stream[i:i + 777])
out += do.flush()
print(out == text, do.eof, do.unused_data, do.unconsumed_tail)

# max_length and the unconsumed tail.
z = zlib.compress(text)
do = zlib.decompressobj()
first = do.decompress(z, 100)
print(len(first), len(do.unconsumed_tail), do.eof)
chunks = [first]
while do.unconsumed_tail:
    chunks.append(do.decompress(do.unconsumed_tail, 5000))
print([len(c) for c in chunks], b"".join(chunks) == text, do.eof)

# Data after the end of a stream.
do = zlib.decompressobj()
print(do.decompress(zlib.compress(b"abc") + b"tail"), do.unused_data, do.eof)
print(do.decompress(b"more"), do.unused_data)
do = zlib.decompressobj()
half = zlib.compress(text)
print(len(do.decompress(half[:50])), do.eof, len(do.flush()), do.eof)

# Preset dictionaries.
zd = b"the quick brown fox"
co = zlib.compressobj(zdict=zd)
withdict = co.compress(b"the quick brown fox jumps over the quick brown fox") + co.flush()
print(withdict.hex())
print(zlib.decompressobj(zdict=zd).decompress(withdict))
attempt("no dict", lambda: zlib.decompress(withdict))
attempt("no dict obj", lambda: zlib.decompressobj().decompress(withdict))

# Errors.
attempt("bad header", lambda: zlib.decompress(b"abc"))
attempt("truncated", lambda: zlib.decompress(z[:-3]))
attempt("short", lambda: zlib.decompress(z[:10]))
attempt("trailing junk", lambda: len(zlib.decompress(z + b"junk")))
attempt("bad level", lambda: zlib.compress(b"x", 12))
attempt("bad level -2", lambda: zlib.compress(b"x", -2))
attempt("bad wbits", lambda: zlib.compress(b"x", wbits=7))
attempt("decompress wbits 7", lambda: zlib.decompress(z, wbits=7))
attempt("window too small", lambda: zlib.decompress(z, wbits=9))
attempt("compressobj wbits", lambda: zlib.compressobj(wbits=99))
attempt("decompressobj wbits", lambda: zlib.decompressobj(wbits=99))
attempt("method", lambda: zlib.compressobj(method=7))
attempt("memLevel", lambda: zlib.compressobj(memLevel=0))
attempt("str data", lambda: zlib.compress("text"))
attempt("str zdict", lambda: zlib.compressobj(zdict="s"))
attempt("max_length", lambda: zlib.decompressobj().decompress(z, -1))
attempt("flush length", lambda: zlib.decompressobj().flush(0))
attempt("corrupt", lambda: zlib.decompress(z[:2] + b"\xff" * 20 + z[22:]))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION,
      zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_DEFAULT_COMPRESSION, zlib.error.__mro__)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
print(bytes(zlib.compress(bytearray(b"from a bytearray"))) == zlib.compress(b"from a bytearray"))

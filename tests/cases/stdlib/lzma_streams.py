# lzma: xz, lzma-alone and raw formats, presets, checks, filter chains (delta,
# x86, LZMA1/2 options), incremental decompression with max_length and the
# check it reports, concatenated streams, errors, and LZMAFile/lzma.open.
import lzma, io, os, tempfile
data = b"hello world " * 1000
for kw in ({}, {"preset": 1}, {"check": lzma.CHECK_SHA256}, {"check": lzma.CHECK_NONE}, {"format": lzma.FORMAT_ALONE},
           {"format": lzma.FORMAT_RAW, "filters": [{"id": lzma.FILTER_DELTA, "dist": 2}, {"id": lzma.FILTER_LZMA2, "preset": 1}]},
           {"filters": [{"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2, "dict_size": 1 << 20, "lc": 3, "mf": lzma.MF_BT4}]},
           {"preset": 9 | lzma.PRESET_EXTREME}):
    c = lzma.compress(data, **kw)
    dkw = {k: v for k, v in kw.items() if k == "format" or (k == "filters" and kw.get("format") == lzma.FORMAT_RAW)}
    print(len(c), c[:16].hex(), lzma.decompress(c, **dkw) == data)
print(lzma.compress(b"abc", check=lzma.CHECK_SHA256).hex())
d = lzma.LZMADecompressor()
c = lzma.compress(data)
print(d.check, end=" "); out = d.decompress(c[:10]); print(d.check, len(out), d.needs_input, end=" ")
out += d.decompress(c[10:] + b"extra", max_length=100); print(len(out), d.eof, d.needs_input)
out += d.decompress(b"", max_length=-1); print(len(out), d.eof, d.unused_data)
print(lzma.decompress(c + c) == data * 2, lzma.decompress(c + b"junk") == data)
for bad in (lambda: lzma.decompress(b"not xz data"), lambda: lzma.decompress(c[:50]), lambda: lzma.compress(b"", format=lzma.FORMAT_AUTO),
            lambda: lzma.compress(b"", preset=10), lambda: lzma.compress(b"", format=lzma.FORMAT_RAW), lambda: lzma.LZMACompressor(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32),
            lambda: lzma.LZMADecompressor(format=lzma.FORMAT_XZ, filters=[]), lambda: lzma.compress(b"", filters=[{"dist": 1}]), lambda: d.decompress(b"x"),
            lambda: lzma.compress(b"", filters=[{"id": 99}]), lambda: lzma.compress(b"", preset=1, filters=[{"id": lzma.FILTER_LZMA2}])):
    try:
        bad()
    except (lzma.LZMAError, ValueError, EOFError) as e:
        print(type(e).__name__, e)
print([lzma.is_check_supported(i) for i in (0, 1, 4, 10, 3)], lzma.LZMAError.__module__)
tmp = tempfile.mkdtemp()
p = os.path.join(tmp, "f.xz")
with lzma.open(p, "wt", encoding="utf-8") as f:
    f.write("line one\nline two\n")
with lzma.open(p, "rt", encoding="utf-8") as f:
    print(f.readlines())
with lzma.LZMAFile(p, "ab") as f:
    f.write(b"more\n")
with lzma.open(p) as f:
    print(f.read(), f.name == p if hasattr(f, "name") else None)

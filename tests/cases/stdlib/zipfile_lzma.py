# Zip members compressed with LZMA (the zip layout: SDK version, LZMA1
# properties, a raw stream with an end marker) byte for byte as CPython
# writes them, and lzma's filter-properties encoding behind it.
import io, lzma, zipfile
for f in [{'id': lzma.FILTER_LZMA1}, {'id': lzma.FILTER_LZMA1, 'preset': 1}, {'id': lzma.FILTER_LZMA1, 'dict_size': 1000000, 'lc': 1, 'lp': 2, 'pb': 1},
          {'id': lzma.FILTER_LZMA2}, {'id': lzma.FILTER_LZMA2, 'preset': 9}, {'id': lzma.FILTER_LZMA2, 'dict_size': 5000}, {'id': lzma.FILTER_DELTA, 'dist': 7}]:
    p = lzma._encode_filter_properties(f)
    print(f, p.hex(), lzma._decode_filter_properties(f['id'], p))
b = io.BytesIO()
with zipfile.ZipFile(b, 'w', zipfile.ZIP_LZMA) as z:
    z.writestr(zipfile.ZipInfo('a.txt', (2020, 1, 2, 3, 4, 6)), 'hello ' * 50)
    z.writestr(zipfile.ZipInfo('b.bin', (2020, 1, 2, 3, 4, 6)), bytes(range(256)) * 20)
data = b.getvalue()
print(len(data), data[:80].hex())
z = zipfile.ZipFile(io.BytesIO(data))
for i in z.infolist():
    print(i, i.flag_bits, i.extract_version, i.create_version, i.compress_size, z.read(i.filename)[:12], z.testzip())

import codecs
for s in ['bücher', 'abc', 'ドメイン', 'a-b', 'München-Ost', '', '-', 'ÄÖÜäöüß' * 3, 'Hello, 世界! 😀']:
    e = s.encode('punycode'); print(repr(s), e, e.decode('punycode'), codecs.decode(e, 'punycode'))
for bad in [b'abc-\xff', b'a-9999999999', b'\x80', b'bcher-k']:
    for errors in ['strict', 'replace']:
        try: print(bad.decode('punycode', errors))
        except Exception as ex: print(type(ex).__name__)
for name in ['utf-8', 'UTF8', 'latin-1', 'cp1252', 'utf-16', 'ascii', 'utf_8_sig', 'mac-roman', 'koi8-r', 'iso8859-15', 'rot13', 'hex', 'base64', 'zlib', 'punycode']:
    info = codecs.lookup(name)
    print(name, info.name, info._is_text_encoding if hasattr(info, '_is_text_encoding') else None, len(info))
print(codecs.encode(b'\x00\xffab', 'hex'), codecs.decode(b'00ff6162', 'hex'), codecs.encode('Hello', 'rot13'))
print(codecs.encode(b'data' * 30, 'base64'), codecs.decode(codecs.encode(b'zzz' * 10, 'zlib'), 'zlib'))
try: 'x'.encode('hex')
except LookupError as e: print('LookupError', e)
try: b'x'.decode('rot13')
except LookupError as e: print('LookupError', e)
try: codecs.lookup('no-such-codec')
except LookupError as e: print('LookupError', e)
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-32', 'utf-8-sig', 'cp1252', 'latin-1']:
    data = 'héllo wörld € 😀 ok'.encode(enc, 'replace') if enc in ('cp1252', 'latin-1') else 'héllo wörld € 😀 ok'.encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    pieces = [dec.decode(data[i:i+1]) for i in range(len(data))] + [dec.decode(b'', True)]
    print(enc, ''.join(pieces), len([p for p in pieces if p]))
    enc_ = codecs.getincrementalencoder(enc)('replace')
    print(b''.join([enc_.encode(c) for c in 'ab€']) == 'ab€'.encode(enc, 'replace'))
print(list(codecs.iterdecode([b'\xc3', b'\xa9t', b'\xc3\xa9'], 'utf-8')), list(codecs.iterencode(['a', 'é'], 'utf-8')))
dec = codecs.getincrementaldecoder('utf-8')()
try:
    dec.decode(b'\xc3', final=True)
except UnicodeDecodeError as e: print('UnicodeDecodeError', e)
import io
r = codecs.getreader('utf-8')(io.BytesIO('line1\nlïne2\n'.encode()))
print(r.read())
w = codecs.getwriter('utf-16-le')(io.BytesIO())
w.write('hé'); print(w.getvalue())
print(codecs.lookup_error('strict').__name__, codecs.lookup_error('replace')(UnicodeEncodeError('ascii', 'aé', 1, 2, 'x')))
print(codecs.BOM_UTF8, codecs.BOM, codecs.BOM_UTF32_BE)
def search(name):
    if name == 'myrot':
        return codecs.lookup('rot13')
codecs.register(search)
print(codecs.encode('abc', 'myrot'), codecs.lookup('myrot').name)

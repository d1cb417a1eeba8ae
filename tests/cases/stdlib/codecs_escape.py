# The escape codecs: unicode_escape, raw_unicode_escape, escape_encode/decode,
# their error handling, and the surrogate error handlers as functions.
import codecs
for s in ['a\\b\t\n\x00\xe9\u20ac\U0001F600\ud800', "q'\""]:
    e = s.encode('unicode_escape'); print(e, repr(e.decode('unicode_escape')))
    r = s.encode('raw_unicode_escape'); print(r, repr(r.decode('raw_unicode_escape')))
for b in [b'\\x4', b'\\u12', b'\\N{DIGIT ONE}x', b'\\N{NOPE}', b'\\', b'\\101\\7', b'\\U00110000']:
    for err in ['strict', 'replace', 'backslashreplace', 'ignore']:
        try: print(b, err, repr(b.decode('unicode_escape', err)))
        except UnicodeDecodeError as e: print(b, err, 'E', e)
print(codecs.escape_decode(b'a\\x41\\n\\\\'), codecs.escape_encode(b"a'\x00\\"))
print(repr(b'\\\\u0041\\u0041'.decode('raw_unicode_escape')))
h = codecs.lookup_error('surrogateescape')
print(h(UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'x')))
print(b'a\xffb'.decode('ascii', 'surrogateescape'), end='') if False else print(repr(b'a\xffb'.decode('ascii', 'surrogateescape')))
print(repr(b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass')))
d = codecs.getincrementaldecoder('unicode_escape')()
print(repr(d.decode(b'ab\\x4')), repr(d.decode(b'1z', final=True)))

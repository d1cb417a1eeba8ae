# UTF-7 (RFC 2152) as CPython writes and reads it: direct and base64
# characters, '+-', surrogate pairs, CPython's errors, incremental decoding.
import codecs
for s in ['a~b\\c!', 'hello world', 'é', 'a+b', '€x', '\U0001F600', 'A≢Α.', 'Hi Mom -☺-!', '日本語', 'x-', 'é-', 'éa', '\ud800', '', '+', '~~', 'a\tb\nc']:
    e = s.encode('utf-7')
    print(repr(s), e, repr(e.decode('utf-7')) == repr(s))
for b in [b'+AOk-', b'+AOk', b'+AOkA', b'a+-b', b'+ZeVnLIqe-', b'+2D3eAA-', b'+2D3', b'~', b'+!', b'+AOkx', b'+AO-', b'\x80', b'+2D0-', b'+AOk.x', b'+AOl-', b'']:
    for err in ['strict', 'replace']:
        try: print(b, err, repr(b.decode('utf-7', err)))
        except UnicodeDecodeError as e: print(b, err, 'E', e)
print(codecs.utf_7_decode(b'ab+AOk', 'strict', False), codecs.utf_7_decode(b'ab+AOk', 'strict', True))
d = codecs.getincrementaldecoder('utf-7')()
print(repr(d.decode(b'+AO')), repr(d.decode(b'k-x')), repr(d.decode(b'', final=True)))
print(codecs.lookup('utf7').name, codecs.lookup('U7').name)

# Lone surrogates in str: literals, chr/ord, repr, hash, ordering, every
# codec and error handler that meets them, and printing them.
s = '\ud800'
print(len(s), ord(s), repr(s), ascii(s), hex(ord(chr(0xdc80))))
t = 'a\udcffb\U0001F600'
print(repr(t), len(t), t[1] == '\udcff', hash('\ud800') == hash(chr(0xd800)))
print(sorted(['\ue000', '\ud800', '\ud7ff', 'z', '\U00010000']))
print('\ud800' < '\ue000', max('\ud800', '\uffff') == '\uffff')
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-32-be', 'ascii', 'latin-1']:
    for err in ['strict', 'surrogatepass', 'surrogateescape', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'ignore']:
        try:
            print(enc, err, 'x\udc80\ud800y'.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, 'E', e)
b = b'ab\xff\xed\xa0\x80c'
for err in ['surrogateescape', 'surrogatepass', 'replace']:
    try:
        d = b.decode('utf-8', err)
        print(err, repr(d), d.encode('utf-8', err) if err != 'replace' else '')
    except UnicodeDecodeError as e:
        print(err, 'E', e)
print(repr(b'\x00\xd8a\x00'.decode('utf-16-le', 'surrogatepass')))
print(repr(b'\x00\xd8\x00\x00'.decode('utf-32-le', 'surrogatepass')))
print(f'{1}\ud800', repr(f'\udc00{2}'))
import os
print(repr(os.fsdecode(b'a\xffb')), os.fsencode('a\udcffb'))
print('\ud800'.isprintable(), '\ud800'.upper() == '\ud800', '\ud800'.encode('unicode_escape'))

# Run with -b and -bb by bytes_warnings.py.
import warnings
b'a' == 'a'; bytearray(b'a') == 'a'; b'a' == 1; bytearray(b'x') != 2; 'a' == b'a'; 1 == b'a'
str(b'x'); str(bytearray(b'y')); '%s' % b'z'; f'{b"w"}'; print(b'p')
b'a' == bytearray(b'a'); b'a' == memoryview(b'a'); str(b'4', 'ascii'); repr(b'r')
b'a' in ['a']; format(b'q')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    b'a' == 'a'; str(b'1'); b'x' != True; '{}'.format(b'2'); '%s' % bytearray(b'3')
print([str(x.message) for x in w], [x.lineno for x in w])
try:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        b'' == ''
except BytesWarning as e:
    print("raised", e)
print(b'x' == 'x', b'1' != 1)

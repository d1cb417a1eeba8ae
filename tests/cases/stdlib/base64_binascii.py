# base64 and binascii: every encoding on many lengths, lenient and strict
# base64 decoding, url-safe alphabets, base32/base16 errors, CRCs.
import base64
import binascii
import random

r = random.Random(11)
samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))] + \
          [bytes(r.getrandbits(8) for _ in range(n)) for n in range(1, 40)]
for data in samples[:8]:
    print(base64.b64encode(data), base64.b32encode(data), base64.b16encode(data), base64.urlsafe_b64encode(data))
ok = all(base64.b64decode(base64.b64encode(d)) == d and base64.b32decode(base64.b32encode(d)) == d and
         base64.b16decode(base64.b16encode(d)) == d and base64.b32hexdecode(base64.b32hexencode(d)) == d
         for d in samples)
print(ok, [binascii.crc32(d) for d in samples[:8]], [binascii.crc_hqx(d, 0) for d in samples[:8]])
print(binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b"hello world"), binascii.crc32(b"x", -1))
print(base64.b64decode(b"YW Jj\n"), base64.b64decode("YWJj"), base64.b64decode(b"YWJjZA==extra"), base64.b64decode(b"Y*W*J*j"))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"), base64.urlsafe_b64decode("-_8="))
for s, kw in [(b"YWJj!", {"validate": True}), (b"YW=Jj", {"validate": True}), (b"YWJ", {}), (b"YWJjZ", {}),
              ("é", {}), (b"=YWJj", {"validate": True}), (b"YWJj====", {"validate": True})]:
    try:
        print(base64.b64decode(s, **kw))
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
for call in [lambda: base64.b32decode(b"nbswy3dp"), lambda: base64.b32decode(b"NBSWY3D"), lambda: base64.b16decode(b"ab"),
             lambda: binascii.unhexlify(b"abc"), lambda: binascii.unhexlify(b"zz"), lambda: base64.b64encode("text")]:
    try:
        print(call())
    except (binascii.Error, TypeError) as e:
        print(type(e).__name__, e)
print(base64.b32decode(b"nbswy3dp", casefold=True), base64.b32decode(b"NBSWY3DP"), base64.b16decode(b"ab", casefold=True))
print(binascii.hexlify(b"\x01\xab"), binascii.hexlify(b"\x01\xab\xcd", "-"), binascii.hexlify(b"\x01\xab\xcd", b":", 2),
      binascii.unhexlify("01AB"), binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64("aGk="))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"), issubclass(binascii.Error, ValueError))

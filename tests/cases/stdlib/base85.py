import base64
import random


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


rng = random.Random(5)
samples = [b"", b"\0", b"\0\0\0\0", b"    ", b"hello", b"Man is distinguished", bytes(range(256)),
           b"\0\0\0\0\0", b"ab\0\0\0\0"] + [bytes(rng.randrange(256) for _ in range(rng.randrange(40))) for _ in range(60)]
for data in samples:
    b85 = base64.b85encode(data)
    a85 = base64.a85encode(data)
    assert base64.b85decode(b85) == data and base64.a85decode(a85) == data
    print(b85, base64.b85encode(data, pad=True), a85, base64.a85encode(data, foldspaces=True, pad=True))
print(base64.a85encode(b"Man is distinguished by reason" * 3, wrapcol=20, adobe=True))
print(base64.a85encode(b"x" * 30, wrapcol=10), base64.a85encode(b"abcd", adobe=True, wrapcol=1))
print(base64.a85decode(b"<~9jqo^BlbD-BleB1DJ+*+F(f,q~>", adobe=True), base64.a85decode("9jqo^ Blb\\nD-", ignorechars=b" \\n"))
print(base64.a85decode(b"y+<Vd", foldspaces=True), base64.b85decode("VPa!sWoBn+"), base64.b85decode(b"Xk~0{Zv"))
attempt("b85 bad char", lambda: base64.b85decode(b"ab\"cd"))
attempt("b85 overflow", lambda: base64.b85decode(b"~~~~~"))
attempt("a85 bad", lambda: base64.a85decode(b"abc\x80"))
attempt("a85 z inside", lambda: base64.a85decode(b"ab z"))
attempt("a85 y inside", lambda: base64.a85decode(b"aby", foldspaces=True))
attempt("a85 overflow", lambda: base64.a85decode(b"uuuuu"))
attempt("a85 adobe end", lambda: base64.a85decode(b"<~abc", adobe=True))
attempt("b85 str nonascii", lambda: base64.b85decode("é"))
attempt("encode str", lambda: base64.b85encode("text"))
import array
print(base64.b85encode(bytearray(b"ba")), base64.a85encode(array.array("B", b"mv")))

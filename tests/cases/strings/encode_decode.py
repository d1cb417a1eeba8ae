s = "héllo wörld €"
b = s.encode()
print(b, len(b), b.decode(), s.encode("utf-8") == b, s.encode("latin-1", errors="replace"))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf-16-le"), "é".encode("utf-32-be"), "é".encode("utf-16"))
print(b"\xe9".decode("latin-1"), b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("ascii", "backslashreplace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
print(bytes("abc", "utf-8"), str(b"\xe2\x82\xac", "utf-8"), "😀".encode("utf-8"), b"\xf0\x9f\x98\x80".decode())
print("x".encode("UTF8"), "x".encode("utf_8"), "x".encode("Latin1"))

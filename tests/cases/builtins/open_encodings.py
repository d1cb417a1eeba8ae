with open("open_encodings_out.tmp", "w", encoding="latin-1") as f:
    f.write("héllo\n")
    print(f.encoding, f)
print(open("open_encodings_out.tmp", "rb").read())
print(open("open_encodings_out.tmp", encoding="latin-1").read())
try:
    print(open("open_encodings_out.tmp").read())
except UnicodeDecodeError as e:
    print(e)
print(open("open_encodings_out.tmp", errors="replace").read())
with open("open_encodings_out.tmp", "w", encoding="utf-8-sig") as f:
    f.write("a")
    f.write("b")
print(open("open_encodings_out.tmp", "rb").read(), open("open_encodings_out.tmp", encoding="utf-8-sig").read())
try:
    open("open_encodings_out.tmp", encoding="bogus")
except LookupError as e:
    print(e)
with open("open_encodings_out.tmp", "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("é€")
print(open("open_encodings_out.tmp").read())
print(b"\xff\xfeh\x00i\x00".decode("utf-16"), "hi".encode("utf-16-be"), b"\x00\xd8".decode("utf-16-le", "replace"), b"\x00\xdc\x41\x00".decode("utf-16le", "backslashreplace"))
for b in [b"\x00", b"\x00\xd8", b"\x00\xd8\x41\x00", b"\x00\xdc"]:
    try: b.decode("utf-16-le")
    except UnicodeDecodeError as e: print(e)
for b in [b"\x00\x00", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00"]:
    try: b.decode("utf-32-le")
    except UnicodeDecodeError as e: print(e)
print("x".encode("UTF-8"), "x".encode("Utf_8"), "x".encode("utf 8"), b"\xef\xbb\xbfabc".decode("utf-8-sig"))

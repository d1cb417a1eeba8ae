# Every single-byte code page: all 256 bytes decoded, every character
# encoded back, error texts, and names found through aliases.
import hashlib

NAMES = """cp037 cp1006 cp1026 cp1125 cp1140 cp1250 cp1251 cp1252 cp1253 cp1254 cp1255 cp1256
cp1257 cp1258 cp273 cp424 cp437 cp500 cp720 cp737 cp775 cp850 cp852 cp855 cp856 cp857 cp858
cp860 cp861 cp862 cp863 cp864 cp865 cp866 cp869 cp874 cp875 hp_roman8 iso8859_10 iso8859_11
iso8859_13 iso8859_14 iso8859_15 iso8859_16 iso8859_2 iso8859_3 iso8859_4 iso8859_5 iso8859_6
iso8859_7 iso8859_8 iso8859_9 koi8_r koi8_t koi8_u kz1048 mac_arabic mac_croatian mac_cyrillic
mac_farsi mac_greek mac_iceland mac_latin2 mac_roman mac_romanian mac_turkish palmos ptcp154
tis_620""".split()

for name in NAMES:
    text = bytes(range(256)).decode(name, "replace")
    back = text.replace("\ufffd", "").encode(name)
    digest = hashlib.sha1(text.encode("utf-8") + back).hexdigest()[:16]
    undefined = text.count("\ufffd")
    print(name, digest, undefined, len(back))

for alias in ["windows-1252", "Latin2", "ISO-8859-15", "macroman", "KOI8-R", "CP1251", "IBM437", "iso 8859-15", "mac-roman", "l9", "greek"]:
    print(alias, "é".encode(alias, "replace"), "€".encode(alias, "backslashreplace"))

for data, name in [(b"\x81", "cp1252"), (b"ab\x90", "windows-1252")]:
    try:
        data.decode(name)
    except UnicodeDecodeError as e:
        print(e.encoding, e.start, e.end, e.reason, "|", e)
try:
    "añb\u0100".encode("latin2")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, "|", e)
print("x\u0100y".encode("cp1252", "replace"), "x\u0100y".encode("cp1252", "ignore"), "x\u0100y".encode("cp1252", "xmlcharrefreplace"))
print(b"x\x81y".decode("cp1252", "ignore"), b"x\x81y".decode("cp1252", "backslashreplace"))

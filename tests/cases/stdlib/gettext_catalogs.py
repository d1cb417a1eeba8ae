import gettext, os, struct, tempfile
print(gettext.gettext("hello"), gettext.ngettext("file", "files", 2), gettext.pgettext("ctx", "m"))
for expr in ["n != 1", "n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2", "(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2", "n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2", "0", "!n", "n/2"]:
    f = gettext.c2py(expr)
    print(expr, [f(n) for n in [0, 1, 2, 3, 5, 11, 21, 22, 101, 111]])
for bad in ["n +", "import os", "n ? 1", "(n"]:
    try: gettext.c2py(bad)
    except ValueError as e: print("ValueError")
def mo(entries):
    keys = sorted(entries)
    ids = b""; strs = b""; idx = []; sidx = []
    for k in keys:
        idx.append((len(k), len(ids))); ids += k + b"\0"
        v = entries[k]; sidx.append((len(v), len(strs))); strs += v + b"\0"
    n = len(keys); start = 7 * 4 + 16 * n
    out = struct.pack("<7I", 0x950412de, 0, n, 28, 28 + 8 * n, 0, 0)
    for l, o in idx: out += struct.pack("<II", l, start + o)
    for l, o in sidx: out += struct.pack("<II", l, start + len(ids) + o)
    return out + ids + strs
d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, "de", "LC_MESSAGES"))
with open(os.path.join(d, "de", "LC_MESSAGES", "app.mo"), "wb") as f:
    f.write(mo({b"": b"Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n",
               b"Hello": "Hallo".encode(), b"file\0files": b"Datei\0Dateien", b"menu\x04Open": b"\xc3\x96ffnen"}))
t = gettext.translation("app", d, languages=["de"])
print(t.gettext("Hello"), t.ngettext("file", "files", 1), t.ngettext("file", "files", 3), t.pgettext("menu", "Open"), t.gettext("Other"), t.charset(), sorted(t.info()))
try: gettext.translation("app", d, languages=["fr"])
except FileNotFoundError as e: print("FileNotFoundError", e.errno, e.strerror)
print(type(gettext.translation("app", d, languages=["fr"], fallback=True)).__name__)
print(gettext.find("app", d, ["de_DE.UTF-8", "de"]) == os.path.join(d, "de", "LC_MESSAGES", "app.mo"))
print(gettext._expand_lang("de_DE.UTF-8"))

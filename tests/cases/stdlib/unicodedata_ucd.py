import unicodedata as ud, sys, random
# ferropy keeps the unassigned U+DF800-U+DFFFF to stand for lone surrogates
# (docs/runtime.md); surrogates themselves are included.
random.seed(7)
cps = list(range(0x300)) + random.sample(range(0x110000), 1200) + list(range(0xAC00, 0xAC40)) + [0x4E00, 0x9FFF, 0x20000, 0x17000, 0x1B170, 0x18B00, 0xF900, 0x1F600]
for cp in cps:
    if 0xDF800 <= cp <= 0xDFFFF: continue
    c = chr(cp)
    print(cp, ud.category(c), ud.bidirectional(c), ud.east_asian_width(c), ud.combining(c), ud.mirrored(c), ud.decomposition(c), ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None), ud.name(c, None))
    n = ud.name(c, None)
    if n: assert ud.lookup(n) == c, n
texts = ["Ļ́ǅ", "café", "cafe\u0301", "ﬁ", "Å", "\u1e9b\u0323", "한국어", "\u1100\u1161\u11a8", "ｶﾞ", "x\u0327\u0301\u0300", "\u0041\u030a\u0323", "①²₃", "Ω", "\u0f73", "\u00c5\u0301\u0323", "\u0b47\u0300\u0b3e", "\u1161\u1100", "\uac00\u11a8", "e\u0300\u0301\u0302\u0316"]
for t in texts + ["".join(chr(c) for c in random.sample(cps, 8) if not 0xDF800 <= c <= 0xDFFFF) for _ in range(150)]:
    t = "".join(ch for ch in t if not 0xDF800 <= ord(ch) <= 0xDFFFF)
    print([ud.normalize(f, t) for f in ("NFC", "NFD", "NFKC", "NFKD")], [ud.is_normalized(f, t) for f in ("NFC", "NFD", "NFKC", "NFKD")])
print(ud.unidata_version, ud.lookup("latin small letter a"), ud.lookup("HANGUL SYLLABLE GAG"))
for bad in [lambda: ud.name("\x00"), lambda: ud.lookup("NO SUCH THING"), lambda: ud.category("ab"), lambda: ud.decimal("x"), lambda: ud.normalize("NFX", "a"), lambda: ud.numeric("a")]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)

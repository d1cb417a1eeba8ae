# Every code point through every case mapping; prints a
# checksum per operation so any disagreement with CPython shows up.
import sys

preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isprintable",
         "islower", "isupper", "istitle", "isidentifier"]
maps = ["upper", "lower", "title", "capitalize", "swapcase", "casefold"]
# ferropy keeps the unassigned U+DF800-U+DFFFF to stand for lone surrogates
# (docs/runtime.md); everything else, surrogates included, is swept.
chars = [chr(i) for i in range(sys.maxunicode + 1) if not 0xDF800 <= i <= 0xDFFFF]
for name in maps:
    f = getattr(str, name)
    changed = 0
    digest = 0
    for i, c in enumerate(chars):
        m = f(c)
        if m != c:
            changed += 1
            for ch in m:
                digest = (digest * 131 + ord(ch)) % 1000000007
    print(name, changed, digest)
words = ["ΟΔΟΣ", "ὈΔΥΣΣΕΎΣ", "Σ", "aΣ b", "AΣ'", "ΑΣ.Α", "ǅungla", "ﬁre", "İstanbul", "ß-straße"]
for w in words:
    print(w, w.lower(), w.upper(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print(int("١٢٣"), int("߀߁"), float("१.५"), "٣".isdecimal(), "三".isnumeric(), "Ⅻ".isnumeric())

# Every code point through every str predicate; prints a
# checksum per operation so any disagreement with CPython shows up.
import sys

preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isprintable",
         "islower", "isupper", "istitle", "isidentifier"]
maps = ["upper", "lower", "title", "capitalize", "swapcase", "casefold"]
# ferropy keeps the unassigned U+DF800-U+DFFFF to stand for lone surrogates
# (docs/runtime.md); everything else, surrogates included, is swept.
chars = [chr(i) for i in range(sys.maxunicode + 1) if not 0xDF800 <= i <= 0xDFFFF]
for name in preds:
    f = getattr(str, name)
    count = 0
    weighted = 0
    for i, c in enumerate(chars):
        if f(c):
            count += 1
            weighted = (weighted * 31 + i) % 1000000007
    print(name, count, weighted)

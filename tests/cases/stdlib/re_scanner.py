import re


def number(scanner, token):
    return ("NUM", float(token) if "." in token else int(token))


scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", lambda s, t: ("ID", t)),
    (r"\d+\.\d*|\d+", number),
    (r"[-+*/=()]", lambda s, t: ("OP", t)),
    (r"\s+", None),
])
print(scanner.scan("x = 3.5 * (y + 42) - z"))
print(scanner.scan("a + b ? c"))
print(scanner.scan(""))
s2 = re.Scanner([(r"(a)(b)?", "AB"), (r"c", lambda s, t: s.match.group()), (r"x*", "X")])
print(s2.scan("abacxxab"))
print(s2.scan("q"))
pattern = re.compile(r"\d+")
sc = pattern.scanner("a1b22c333")
print([m.group() for m in iter(sc.search, None)])
sc = pattern.scanner("12ab3")
print(sc.match().group(), sc.match(), sc.match())
sc = re.compile(r"\w*").scanner("ab cd")
print([(m.span(), m.group()) for m in iter(sc.search, None)])

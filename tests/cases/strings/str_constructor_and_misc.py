print(str(123), str(-1.5), str(None), str([1, "a"]), str(b"b"), str(str), repr("x"), str("s"))
class S:
    def __str__(self): return "S-str"
    def __repr__(self): return "S-repr"
print(str(S()), repr(S()), [S()], f"{S()!r} {S()!s}", format(S()), "%s %r" % (S(), S()))
class NoStr:
    def __repr__(self): return "only repr"
print(str(NoStr()))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(e)
print(str(b"\xff", "utf-8", "replace"), str(bytearray(b"ab"), "ascii"), str(object=5))
print("abc" * 0, "".join(["a"] * 3), " ".join(map(str, range(3))), "a,b".split(","), ",".join("abc"))
print("Hello"[1:], "Hello"[-3:], "x".join(["1", "2"]), "ab".__contains__("a"), "%s" % "%s")
print(ord("a") - ord("A"), chr(ord("a") - 32), "".join(chr(c) for c in range(65, 70)))
print(len("héllo"), len("héllo".encode()), "straße".upper(), "ǈ".lower(), "ﬃ".upper())
print("a\u0301" == "á", len("a\u0301"), "Å" == "Å")
s = "The quick brown fox"
print(s.split()[::-1], " ".join(w.capitalize() for w in s.split()), s.lower().count("o"))

s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.index("fox"), s.rindex("o"))
print(s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"), s.count("o", 20, 30))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog"), s.endswith("do", 0, -1), s.startswith("q", 4))
print(s.find(""), s.find("", 100), "abc".find("c", -1), "abc".rfind("", 1), "abc".find("a", -100, 100))
try:
    s.index("cat")
except ValueError as e:
    print(e)
print(s.partition(" "), s.rpartition(" "), s.partition("xyz"), s.rpartition("xyz"))
print(s.replace("the", "a"), s.replace("o", "0", 2), "aaa".replace("", "-"), "abc".replace("", "", 1))
print("a" in s, "quick" in s, "" in s, s.__contains__("lazy"))
print("abcabc".removeprefix("abc"), "abcabc".removesuffix("bc"), "abc".removeprefix("x"))

s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:-1], s[5:2], s[5:2:-1], s[100:], s[-100:2])
print(s[1:8:3], s[::-3], s[slice(2, None)], s[slice(None, None, -2)], len(s), s * 2, 3 * "ab", "ab" * 0, "ab" * -1)
for i in (10, -11):
    try:
        s[i]
    except IndexError as e:
        print(e)
try:
    s[::0]
except ValueError as e:
    print(e)
try:
    s[0] = "x"
except TypeError as e:
    print(e)
print(list("héllo"), [c for c in "ab"], sorted("banana"), min("hello"), max("hello"), "".join(reversed("abc")))
print("é" < "z", "a" < "b" < "c", "abc" < "abd", "ab" < "abc", "Z" < "a", "abc" == "abc", "a" != "b")
print(ord("A"), ord("€"), ord("😀"), chr(65), chr(8364), chr(128512), len("😀"), "😀"[0] == "😀")
print("\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}", "\101", "a\
b", r"\n", len("\n"), len(r"\n"))
print(str(), str(5), str(1.5), str([1, "a"]), str(b"x"), str(b"abc", "ascii"), str(b"\xc3\xa9", encoding="utf-8"))

parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts), "+".join(parts).split("+"))
acc = ""
for ch in "abcdef":
    acc += ch.upper()
print(acc, acc.lower(), acc[::-1])
s = "Mississippi"
print(s.count("ss"), s.replace("ss", "SS"), s.split("ss"), s.index("pp"), sorted(set(s)), s.upper().count("I"))
print(hash("abc") == hash("ab" + "c"), "abc" is not None, "a" + "b" == "ab", id("x") == id("x"))
words = "the cat sat on the mat the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print("abc".__len__(), "abc".__getitem__(1), "ab".__add__("c"), "ab".__mul__(2), "a".__eq__("a"), "a".__lt__("b"))
print(str.upper("x"), str.join(",", "ab"), "x".__class__.__name__, isinstance("s", str), type("s") is str)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
m = MyStr("hi")
print(m, m.shout(), type(m + "x").__name__, isinstance(m, str), repr(m), m == "hi", len(m))

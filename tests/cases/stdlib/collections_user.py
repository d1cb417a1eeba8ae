# collections.UserDict, UserList and UserString, and subclasses of them.
from collections import UserDict, UserList, UserString


class Defaults(UserDict):
    def __missing__(self, key):
        return key.upper()


d = UserDict({"a": 1}, b=2)
d["c"] = 3
del d["a"]
print(d, len(d), "b" in d, d.get("zz", 0), list(d), d | {"e": 5}, {"f": 6} | d, d.copy(), UserDict.fromkeys("xy", 0))
print(Defaults(a=1)["q"], isinstance(d, dict), d == {"b": 2, "c": 3}, d.pop("b"), d.setdefault("g", 7), d)
lst = UserList([3, 1, 2])
lst.append(5)
lst.extend([0])
lst.sort()
print(lst, lst[1:3], type(lst[1:3]).__name__, lst + [9], [8] + lst, lst * 2, lst.index(3), lst.count(1), 3 in lst,
      lst == [0, 1, 2, 3, 5], lst < [1])
lst.reverse()
print(lst, lst.pop(), lst.copy(), len(lst))
s = UserString("Hello World")
print(s, repr(s), s.upper(), type(s.upper()).__name__, s.split(), s[0:5], s + "!", "x" + s, s * 2, len(s), "World" in s,
      s == "Hello World", s.startswith("He"), s.find("o"), s.join(["a", "b"]), s.encode())

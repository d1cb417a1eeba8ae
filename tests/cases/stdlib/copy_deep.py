# copy.copy and copy.deepcopy: built-in containers, shared and recursive
# structure, classes with __copy__/__deepcopy__, __slots__ and __reduce__.
import copy


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = 2


class Custom:
    def __init__(self, tag):
        self.tag = tag
        self.items = []

    def __copy__(self):
        return Custom(self.tag + "-copy")

    def __deepcopy__(self, memo):
        c = Custom(self.tag + "-deep")
        c.items = copy.deepcopy(self.items, memo)
        return c


class Rebuilt:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return (Rebuilt, (self.value * 2,))


inner = [1, 2]
data = {"list": [inner, inner], "tuple": (1, [2, 3]), "point": Point(1, [5]), "set": {1, 2}, "frozen": frozenset({3})}
shallow = copy.copy(data)
deep = copy.deepcopy(data)
print(shallow == data, shallow is data, shallow["list"] is data["list"])
print(deep == data, deep["list"] is data["list"], deep["list"][0] is deep["list"][1], deep["list"][0] is inner)
print(deep["tuple"] is data["tuple"], deep["tuple"][1] is data["tuple"][1], copy.deepcopy((1, 2, "x")) is not None)
print(deep["point"], deep["point"] is data["point"], deep["point"].y is data["point"].y, copy.copy(data["point"]).y is data["point"].y)
rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc is not rec, len(rc))
s = Slotted()
s2, s3 = copy.copy(s), copy.deepcopy(s)
print(s2.a is s.a, s3.a is s.a, s3.a, s3.b)
c = Custom("t")
c.items.append([9])
print(copy.copy(c).tag, copy.deepcopy(c).tag, copy.deepcopy(c).items, copy.deepcopy(c).items[0] is c.items[0])
print(copy.copy(Rebuilt(3)).value, copy.deepcopy(Rebuilt(3)).value)
print(copy.copy(5), copy.copy("s"), copy.copy(None), copy.deepcopy(len) is len, copy.deepcopy(Point) is Point, copy.copy(bytearray(b"ab")))
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo, memo[id(x)] is y[0])

class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        print("hash", self.name)
        return hash(self.name)
    def __eq__(self, other):
        print("eq", self.name, other.name)
        return self.name == other.name
    def __repr__(self):
        return f"Key({self.name})"

d = {}
d[Key("a")] = 1
d[Key("a")] = 2
print(d)
print(Key("a") in d)
class Collide:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, Collide) and self.v == o.v
    def __repr__(self): return f"C{self.v}"
cd = {Collide(i): i for i in range(10)}
print(cd[Collide(7)], len(cd), Collide(11) in cd)
for i in range(0, 10, 2):
    del cd[Collide(i)]
print(cd, cd.get(Collide(3)))
class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m["a"], m["zz"], m.get("q"), "zz" in m)
nan = float("nan")
nd = {nan: 1}
print(nd[nan])
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(len(big), sum(big.values()), list(big)[:5], big[998])

# A dict whose keys are all exact strs keeps no hashes of its own (it
# reads each key's cached hash); the first key of another kind (an int,
# a tuple, a float, a str subclass with its own __hash__) switches it to
# stored hashes. Lookups, deletions, resizes and copies must agree
# before and after the switch.
d = {}
for i in range(100):
    d[str(i)] = i
for i in range(0, 100, 3):
    del d[str(i)]
print(len(d), list(d)[:5], d["4"], "3" in d)
d[5] = "five"
d[(1, 2)] = "tuple"
d[2.5] = "float"


class S(str):
    def __hash__(self):
        return 7


d[S("x")] = "subclass"
for i in range(0, 100, 2):
    d.pop(str(i), None)
print(len(d), list(d.items())[:6])
print(d.get("7"), d.get(S("x")), d[5], d[(1, 2)], d[2.5], d.get("x"))
for i in range(1000):
    d[str(i)] = -i
print(len(d), d["999"], d[5], list(d)[-3:])

# Deleting every key leaves tombstones; the table still answers.
e = {str(i): i for i in range(50)}
for k in list(e):
    del e[k]
print(e, len(e), e.get("1"))
e.update({"a": 1, "b": 2})
print(e)

# A copy and a set built from a str-keyed dict, and the reverse.
f = {str(i): i for i in range(20)}
g = dict(f)
g.update(f)
print(g == f, sorted(set(f), key=int)[:4], {**f, 1: 1}[1])
h = {1: "one", "two": 2}
h.update(f)
print(len(h), h[1], h["19"])


# Names in a namespace are str keys too.
class C:
    pass


c = C()
for i in range(30):
    setattr(c, "a%d" % i, i)
print(sorted(vars(c).items())[:3], c.a29)

d = {}
for k in "zyxwv":
    d[k] = ord(k)
print(list(d))
del d["x"]
d["x"] = 0
print(list(d), list(d.values()))
d.pop("z")
d["z"] = 1
print(list(d.items()))
e = dict(d)
print(e == d, list(e) == list(d))
d2 = {1: "a", 2: "b", 3: "c"}
for k in list(d2):
    if k % 2:
        del d2[k]
print(d2)
big = {}
for i in range(100):
    big[str(i)] = i
for i in range(0, 100, 2):
    del big[str(i)]
big["new"] = -1
print(list(big)[:5], list(big)[-2:], len(big))
dd = dict.fromkeys(range(5))
dd.update({7: 7, 0: "zero"})
print(dd)
print({**{"a": 1, "b": 2}, **{"a": 3}}, dict(a=1) | {"a": 2, "c": 3})
m = {"x": [1], "y": [2]}
c = m.copy()
c["x"].append(99)
print(m, c is m)
print(sorted({3: 1, 1: 3, 2: 2}.items(), key=lambda kv: kv[1]))

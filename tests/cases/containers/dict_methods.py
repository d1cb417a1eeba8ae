d = {"a": 1, "b": 2}
d["c"] = 3; d["a"] = 10
print(d, len(d), d["b"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d, list(d), list(d.keys()))
print(list(d.values()), list(d.items()), d.pop("b"), d.pop("zz", None), d.setdefault("e", 5), d.setdefault("a", 0), d)
print(d.popitem(), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
del d["x"]; print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
print(dict(a=1, b=2), dict([("a", 1)]), dict({"a": 1}, b=2), dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(zip("ab", [1, 2])))
c = d.copy(); c["new"] = 1; print(d == c, len(c) - len(d))
print({1: "a"} | {2: "b"}, {1: "a", 2: "b"} | {1: "z"})
d2 = {"k": 1}; d2 |= {"m": 2}; d2 |= [("n", 3)]; print(d2)
print({1: 1} == {1: 1.0}, {1: 1, 2: 2} == {2: 2, 1: 1}, {} == {}, {"a": 1} != {"a": 2})
order = {}
for k in [3, 1, 2, 1, 3]:
    order[k] = order.get(k, 0) + 1
print(order, list(order), sorted(order), list(reversed(order)), list(reversed(order.items())))
d3 = {True: "t", 1: "one", 1.0: "float"}
print(d3)
print({(1, 2): "tuple key", frozenset({1}): "fs", None: 0, 2.5: "f"})
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], repr(nested))
rec = {}
rec["self"] = rec
print(rec)
d.clear(); print(d, bool(d))

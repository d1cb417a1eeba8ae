d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it)
d["d"] = 4
print(list(k), list(v), list(it))
print(k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "z"}, it & {("a", 1)}, k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"})
print(sorted(k), sorted(v, reverse=True), list(reversed(k)), k.isdisjoint({"x"}), d.keys() == d.keys())
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print(e)
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print(e)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(list(zip(d.keys(), d.values())) == list(d.items()))
print(d.values() == d.values(), {}.keys() == set())

import collections
import decimal
import enum
import io
import json


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Color(enum.IntEnum):
    RED = 1


class Meters(float):
    pass


class Ordered(dict):
    def items(self):
        return sorted(super().items(), reverse=True)


data = {"name": "ünï \"quoted\" \\ \n\t\u0007\u007f €😀", "n": [1, -2.5, 1e300, 2 ** 70, True, False, None],
        "nested": {"t": (1, 2), "empty": [], "e2": {}}, 3: "int key", 2.5: "float key", None: "none key",
        True: "bool key"}
for kwargs in [{}, {"indent": 2}, {"indent": "\t"}, {"indent": 0}, {"separators": (",", ":")},
               {"sort_keys": False, "ensure_ascii": False}, {"indent": 1, "separators": (" ,", " : ")}]:
    print(kwargs, json.dumps(data, **kwargs))
print(json.dumps({"b": 1, "a": [3, {"d": 4, "c": 5}]}, sort_keys=True, indent=2))
print(json.dumps([Color.RED, Meters(1.5), Ordered(a=1, b=2), collections.OrderedDict(z=1, y=2)]))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
attempt("allow_nan", lambda: json.dumps([float("nan")], allow_nan=False))
attempt("bad key", lambda: json.dumps({(1, 2): 3}))
print(json.dumps({(1, 2): 3, "ok": 4}, skipkeys=True))
attempt("mixed sort", lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))
attempt("set", lambda: json.dumps({1, 2}))
print(json.dumps({1, 2, 3}, default=sorted))
print(json.dumps(decimal.Decimal("1.10"), default=str), json.dumps([b"x"], default=lambda o: o.decode()))


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)


print(json.dumps([1j, 2 + 3j], cls=Encoder), Encoder(indent=1).encode({"z": 1j}))
loop = []
loop.append(loop)
attempt("circular list", lambda: json.dumps(loop))
d = {}
d["self"] = d
attempt("circular dict", lambda: json.dumps(d))
attempt("circular default", lambda: json.dumps(object(), default=lambda o: [o]))
attempt("unchecked", lambda: json.dumps(loop, check_circular=False))
shared = [1]
print(json.dumps([shared, shared, {"a": shared}]))
deep = []
for _ in range(5000):
    deep = [deep]
attempt("deep", lambda: len(json.dumps(deep)))
print(json.encoder.encode_basestring("é\"\n"), json.encoder.encode_basestring_ascii("é\"\n😀"),
      json.encoder.py_encode_basestring_ascii("é\u2028"))
f = io.StringIO()
json.dump({"to": "file", "list": [1, 2]}, f, indent=3)
print(f.getvalue())
print("".join(json.JSONEncoder().iterencode({"a": [1]})), json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))
print(json.dumps("just a string"), json.dumps(5), json.dumps(None), json.dumps(2 ** 100), json.dumps(-0.0))

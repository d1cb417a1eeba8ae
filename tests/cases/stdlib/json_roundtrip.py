# json: dumps options (indent, sort_keys, separators, ensure_ascii,
# default, allow_nan, skipkeys), CPython's float text, loads with hooks,
# and the messages of JSONDecodeError.
import json
import io
from collections import OrderedDict

data = {"name": "Ada", "age": 36, "ratio": 0.1 + 0.2, "big": 10**30, "tiny": 1e-300,
        "flags": [True, False, None], "nested": {"x": [1, 2.5, {"y": []}], "e": {}},
        "text": "tab\tquote\" back\\ nl\n ctrl\x01 é 東 😀", 3: "int key", 2.5: "float key",
        None: "none key", False: "bool key"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=False))
print(json.dumps({"b": 1, "a": [1, 2], "c": {"z": 1, "y": 2}}, sort_keys=True, indent="\t"))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")))
print(json.dumps([1.0, -0.0, 1e16, 123456789.123456789, 1 / 3, float("inf"), float("-inf"), float("nan")]))
print(json.dumps("just a string"), json.dumps(None), json.dumps(5), json.dumps((1, 2)))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps({1j: 1})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({1j: 1, "ok": 2}, skipkeys=True))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({"s": {1, 2}}, default=sorted))
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print("ValueError", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)


print(json.dumps([Point(1, 2)], cls=PointEncoder))
print(list(json.JSONEncoder().iterencode({"a": [1]})) != [], "".join(json.JSONEncoder(indent=1).iterencode([1])))

text = '{"a": [1, 2.5, -3e2, 1E+2, true, false, null], "b": {"c": "d\\u00e9\\ud83d\\ude00\\n"}, "n": 12345678901234567890}'
value = json.loads(text)
print(value, type(value["a"][2]))
print(json.loads(b'[1, "bytes"]'), json.loads(bytearray(b'{"k": 1}')), json.loads('  "s"  '))
print(json.loads("[NaN, Infinity, -Infinity]"), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: sorted(d.items())))
print(json.loads("[1.5, 2]", parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('"\\u12"' if False else '"ok"'), json.loads("-0"), json.loads("-0.0"), json.loads("0e0"))
for bad in ["", "[1, 2", "{'a': 1}", '{"a" 1}', '{"a": 1,}', "[1,]", "[1 2]", '{"a": 1} x',
            '"abc', '"a\\qb"', '"\\u12g4"', '"tab\there"', "tru", "01", "[-]", '{"a": 1, "b"}',
            "\n\n  [1,\n  oops]", "\ufeff[]", "{", '{"a":'] :
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
print(json.loads('"tab\there"', strict=False), isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
print(json.JSONDecoder().raw_decode('{"a": 1} tail'), json.JSONDecodeError.__module__)

buf = io.StringIO()
json.dump({"saved": [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.loads(json.dumps(data))["text"] == data["text"])

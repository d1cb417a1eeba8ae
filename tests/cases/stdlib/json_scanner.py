import decimal
import json
import random
from collections import OrderedDict


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# Hooks.
doc = '{"b": 1.5, "a": [1, 2, {"c": null}], "big": 123456789012345678901234567890, "e": 1e400, "n": -0.0}'
print(json.loads(doc))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_hook=lambda d: sorted(d)))
print(json.loads(doc, parse_float=decimal.Decimal))
print(json.loads(doc, parse_int=lambda s: "int:" + s))
print(json.loads("[NaN, Infinity, -Infinity]", parse_constant=lambda s: "const:" + s))
print(json.loads("[NaN, Infinity, -Infinity, 1E+2, 0.5e-3, -12, 0]"))
print(json.loads('"tab\\there \\u00e9\\u4e2d\\ud83d\\ude00 \\/ \\\\ \\" \\b\\f\\n\\r"'))
print(json.loads('"raw\tcontrol"', strict=False), json.loads('{"k\\u0041y": "v"}'))
print(json.JSONDecoder().raw_decode('  [1, 2] trailing', 2), json.JSONDecoder().raw_decode('{"x": 1}{"y": 2}'))
print(json.loads(' \n\t {"a" : [ ] , "b" : { } } \r\n'), json.loads('"ünïcödé €"'), json.loads(b'[1]'))

# Errors, with positions counted in characters.
for bad in ['', ' ', '[', '[1,', '[1 2]', '{"a" 1}', '{"a": 1,}', '{1: 2}', '{"a": 1 "b": 2}', '[1,]', 'nul', 'tru',
            '"abc', '"a\\qb"', '"\\u12"', '"\\u12g4"', '"\\', '[-]', '-', '01', '1.', '.5', '[1] x', '{"a": [1, 2}',
            '"ünï" x', '["ü", éé]', '"line\nbreak"', '\n\n  [1,\n   oops]', '[1e]', 'Infinityy', '{"a":1}}',
            '[' * 5 + ']' * 4]:
    attempt(repr(bad), lambda: json.loads(bad))
try:
    json.loads('{"key": [1, 2, ')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
attempt("deep", lambda: json.loads("[" * 100000 + "]" * 100000))
attempt("bytes bad", lambda: json.loads(b'\xff'))
attempt("not str", lambda: json.loads(5))
attempt("raw past end", lambda: json.JSONDecoder().raw_decode("[1]", 10))

# Random documents read back exactly as CPython reads them.
rng = random.Random(7)


def random_value(depth=0):
    kind = rng.randrange(9 if depth < 4 else 6)
    if kind == 0:
        return rng.randint(-10 ** 20, 10 ** 20)
    if kind == 1:
        return rng.uniform(-1e6, 1e6) * 10 ** rng.randint(-30, 30)
    if kind == 2:
        return "".join(rng.choice("abc xyz\"\\\n\té€😀/") for _ in range(rng.randint(0, 12)))
    if kind == 3:
        return rng.choice([True, False, None])
    if kind == 4:
        return rng.random()
    if kind == 5:
        return rng.randint(-100, 100)
    if kind == 6:
        return [random_value(depth + 1) for _ in range(rng.randint(0, 5))]
    return {str(rng.random()): random_value(depth + 1) for _ in range(rng.randint(0, 5))}


texts = [json.dumps(random_value(), ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2])) for _ in range(300)]
decoded = [json.loads(t) for t in texts]
print(sum(len(t) for t in texts), repr(decoded[:3])[:300])
print(all(json.loads(json.dumps(d)) == d for d in decoded))
import hashlib
print(hashlib.sha256(repr(decoded).encode()).hexdigest())

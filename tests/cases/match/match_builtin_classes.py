def t(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s}"
        case bytes(b):
            return f"bytes {b}"
        case list([a, *_]):
            return f"list starting {a}"
        case tuple((a, b)):
            return f"tuple pair {a} {b}"
        case dict({"k": v}):
            return f"dict k={v}"
        case set():
            return "set"
        case _:
            return "other"

for x in (True, 3, 2.0, "s", b"b", [9, 8], (1, 2), {"k": 0}, {1}, None):
    print(t(x))

match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print(rest)

# mapping pattern works with dict subclasses and does not call __missing__
class Counting(dict):
    def __missing__(self, key):
        print("missing called")
        return 0
d = Counting(x=1)
match d:
    case {"x": val, "y": _}:
        print("should not match")
    case {"x": val}:
        print("subclass", val)

import collections
import dataclasses
import datetime
import enum
import fractions
import io
import pickle


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b


class Versioned:
    def __init__(self, value):
        self.value = value
        self.cache = {"big": value * 2}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"


class Reduced:
    def __init__(self, *args):
        self.args = args

    def __reduce__(self):
        return (Reduced, self.args)


class KwOnly:
    def __new__(cls, *, size):
        obj = super().__new__(cls)
        obj.size = size
        return obj

    def __getnewargs_ex__(self):
        return (), {"size": self.size}


class Vector(list):
    pass


class Config(dict):
    pass


class Color(enum.Enum):
    RED = 1
    GREEN = 2


@dataclasses.dataclass
class Sample:
    name: str
    values: list = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class Frozen:
    key: int


Pair = collections.namedtuple("Pair", "left right")


def outer_function():
    pass


class Nested:
    class Inner:
        pass


def show(label, obj, proto=4):
    data = pickle.dumps(obj, proto)
    back = pickle.loads(data)
    print(label, data.hex())
    text = repr(back)
    print("  ->", text[:100] if " at 0x" not in text else "(default repr)", type(back).__name__)
    return back


show("point", Point(1, 2.5))
show("points shared", [Point(0, 0)] * 3)
p = show("slotted", Slotted(1, [2]))
print("  ", p.a, p.b)
v = show("getstate", Versioned(21))
print("  ", v.value, v.cache)
show("reduce", Reduced(1, "two"))
k = show("newobj_ex", KwOnly(size=3))
print("  ", k.size)
vec = Vector([1, 2, 3])
vec.label = "v"
back = show("list subclass", vec)
print("  ", back.label, list(back))
cfg = Config(a=1)
cfg.source = "file"
back = show("dict subclass", cfg)
print("  ", back.source, dict(back))
show("enum", [Color.RED, Color.GREEN, Color.RED])
show("dataclass", Sample("s", [1.5, 2.5]))
show("frozen dataclass", Frozen(7))
show("namedtuple", Pair(1, "x"))
show("classes", [Point, Nested.Inner, Color, outer_function, collections.namedtuple])
show("builtins", [int, len])
show("none type", type(None))
show("ordered dict", collections.OrderedDict([("b", 1), ("a", 2)]))
show("defaultdict", collections.defaultdict(list, {"k": [1]}))
show("counter", collections.Counter("abracadabra"))
show("deque", collections.deque([1, 2, 3], maxlen=5))
show("fraction", fractions.Fraction(3, 4))
show("date", [datetime.time(1, 2, 3, 4), datetime.datetime(2020, 1, 2, fold=1), datetime.datetime(2021, 5, 6, 7, tzinfo=datetime.timezone.utc), datetime.date(2024, 2, 29), datetime.datetime(2020, 1, 2, 3, 4, 5, 6), datetime.timedelta(days=1, seconds=5)])
show("exception", ValueError("bad value", 42))
show("exception attrs", KeyError("k"))

# Shared and recursive structures keep their shape.
shared = [1, 2]
back = show("shared", {"a": shared, "b": shared, "t": (shared, shared)})
print("  ", back["a"] is back["b"], back["t"][0] is back["a"])
loop = [1]
loop.append(loop)
back = show("recursive list", loop)
print("  ", back[1] is back)
d = {}
d["self"] = d
back = show("recursive dict", d)
print("  ", back["self"] is back)
node = Point(1, None)
node.y = node
back = show("recursive instance", node) if False else pickle.loads(pickle.dumps(node))
print("  ", back.y is back)
t = ([],)
t[0].append(t)
back = pickle.loads(pickle.dumps(t))
print("recursive tuple", pickle.dumps(t).hex(), back[0][0] is back)

# Large data crosses frames the way CPython's does.
big = [str(i) * 3 for i in range(30000)]
data = pickle.dumps(big)
print("big", len(data), data[:40].hex(), pickle.loads(data) == big)
blob = bytes(range(256)) * 400
data = pickle.dumps([b"head", blob, "tail"])
print("blob", len(data), data[:30].hex(), data[-30:].hex(), pickle.loads(data)[1] == blob)

# Files, several pickles one after another.
f = io.BytesIO()
pickle.dump({"first": 1}, f)
pickle.dump([2, "second"], f, protocol=2)
pickle.Pickler(f, 5).dump(bytearray(b"third"))
f.seek(0)
print(pickle.load(f), pickle.load(f), pickle.Unpickler(f).load())
attempt("past the end", lambda: pickle.load(f))

# Pickles CPython wrote, read back (protocols 0 to 5).
for blob in [b"(lp0\nI1\naF2.5\naS'text'\np1\na(dp2\nVkey\np3\nL12345678901234567890L\nsa.",
             b"]q\x00(K\x01G@\x04\x00\x00\x00\x00\x00\x00U\x04textq\x01}q\x02X\x03\x00\x00\x00keyq\x03\x8a\x01\x05se.",
             b"\x80\x02c__builtin__\nset\nq\x00]q\x01(K\x01K\x02e\x85q\x02Rq\x03.",
             b"\x80\x03C\x03abcq\x00.",
             b"\x80\x05\x95\x0e\x00\x00\x00\x00\x00\x00\x00\x96\x03\x00\x00\x00\x00\x00\x00\x00xyz\x94."]:
    print("read", repr(pickle.loads(blob)))

# Errors, in CPython's words.
attempt("lambda", lambda: pickle.dumps(lambda: 0))
def outer():
    def inner():
        pass
    return inner
attempt("local function", lambda: pickle.dumps(outer()))
attempt("generator", lambda: pickle.dumps(x for x in []))
attempt("module", lambda: pickle.dumps(io))
attempt("empty", lambda: pickle.loads(b""))
attempt("bad key", lambda: pickle.loads(b"zzz"))
attempt("truncated", lambda: pickle.loads(pickle.dumps([1, 2, 3])[:-3]))
attempt("protocol 6", lambda: pickle.loads(b"\x80\x06N."))
attempt("dump protocol 9", lambda: pickle.dumps(1, 9))
attempt("no write", lambda: pickle.dump(1, 3))
attempt("no stop", lambda: pickle.loads(b"\x80\x04N"))
attempt("unknown global", lambda: pickle.loads(b"\x80\x04\x8c\x08builtins\x8c\x04nope\x93."))
attempt("unknown module", lambda: pickle.loads(b"\x80\x04\x8c\x05nomod\x8c\x04nope\x93."))
attempt("underflow", lambda: pickle.loads(b"\x80\x04a."))
attempt("no mark", lambda: pickle.loads(b"\x80\x04t."))
attempt("str data", lambda: pickle.loads("text"))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.PicklingError.__mro__)

import pickle, collections, ipaddress, fractions, decimal, datetime
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
class Slotted:
    __slots__ = ("a",)
    def __init__(self): self.a = 5
Pair = collections.namedtuple("Pair", "a b")
shared = [1, 2]
values = [None, True, False, 0, 255, 65535, -1, 2**31 - 1, 2**31, -2**31 - 1, 2**100, 1.5, -0.0, float("inf"),
          "", "text", "a\\b\n\r\0\x1a\u20ac\U0001f600", b"", b"by\x00tes", bytearray(b"ba"), (), (1,), (1, 2, 3), (1, 2, 3, 4),
          [], [1, [2]], {}, {"k": [1]}, {1, 2}, frozenset({3}), [shared, shared], (shared, shared),
          Point(1, "y"), Pair(1, 2), ipaddress.ip_address("10.0.0.1"), fractions.Fraction(1, 3),
          collections.OrderedDict(a=1), collections.deque([1, 2]), datetime.date(2024, 1, 2), len, Point,
          decimal.Decimal("1.5"), complex(1, 2), range(3), slice(1, 2), type(None)]
for proto in (0, 1):
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, data)
        if isinstance(v, Point):
            print(back.x, back.y)
        elif v == v:
            assert back == v or (isinstance(v, float) and str(back) == str(v)), (v, back)
    r = [1]; r.append(r)
    print(pickle.dumps(r, proto))
    t = ([],); t[0].append(t)
    print(pickle.dumps(t, proto))
try:
    pickle.dumps(Slotted(), 0)
except TypeError as e:
    print("TypeError", e)

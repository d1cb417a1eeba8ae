# pickle.dumps/loads of built-in values, functions and classes under every
# protocol: the bytes are CPython's (its C pickler's), and what loads
# gives back is equal; also objects that need __reduce_ex__ and
# recursive containers, which ferropy pickles with lib/pickle.py.
import collections
import io
import math
import os.path
import pickle


def function():
    pass


class Plain:
    def __init__(self):
        self.a = [1, 2]

    def __eq__(self, other):
        return type(other) is Plain and other.a == self.a


shared = "shared text"
pair = (1, 2)
values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31, 2**63, -2**63 - 1, 10**40, -10**40,
          1.5, -0.0, float("inf"), "", "a", "é" * 300, "x" * 70000, b"", b"ab", b"z" * 300, bytearray(b"q"),
          (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], list(range(2500)), {}, {"a": 1},
          {i: str(i) for i in range(1500)}, set(), {1, 2}, frozenset(), frozenset({3}),
          [shared, shared, pair, pair], function, Plain, len, os.path.join, collections.OrderedDict,
          [[1.0] * 300] * 3, {"k": [function, Plain, (Plain,)]}, type(None), Plain(), collections.deque([1, 2]),
          collections.OrderedDict(a=1)]
for protocol in range(6):
    for value in values:
        data = pickle.dumps(value, protocol)
        back = pickle.loads(data)
        same = back == value or (back is value) or repr(back) == repr(value)
        digest = data.hex() if len(data) < 120 else "%d bytes, hash %d" % (len(data), sum(data) * 31 % 1000003)
        print(protocol, type(value).__name__, digest, same)
    buf = io.BytesIO()
    pickle.dump(values[:20], buf, protocol)
    print(protocol, "dump/load", pickle.load(io.BytesIO(buf.getvalue())) == values[:20])

looped = []
looped.append(looped)
back = pickle.loads(pickle.dumps(looped, 4))
print(back[0] is back)
inner = [1]
outer = (inner,)
inner.append(outer)
print(pickle.dumps(outer, 4).hex())
try:
    pickle.dumps(lambda: 0)
except pickle.PicklingError as e:
    print("PicklingError", str(e).split(" at ")[0])
for bad in (b"\x80\x04N", b"\x80\x04\x95", b"garbage", b""):
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__)

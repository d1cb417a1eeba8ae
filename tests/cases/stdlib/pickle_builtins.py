import pickle
for obj in [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31, 2**31-1, -2**31-1, 2**64, -2**100, 10**600,
            1.5, -0.0, float("inf"), "", "abc", "ünï€😀", "x"*300, b"", b"ab", b"y"*300, (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
            [], [1], [1, 2], list(range(2500)), {}, {"a": 1}, {"a": 1, "b": [2, 3]}, set(), {1, 2}, frozenset(), frozenset({3}),
            bytearray(b"abc"), complex(1, 2), range(1, 10, 2), slice(1, 2), len, int, type(None), ..., NotImplemented]:
    for proto in (2, 3, 4, 5):
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print(proto, type(e).__name__, e)
            continue
        back = pickle.loads(data)
        print(proto, repr(obj)[:40], data.hex()[:120], len(data), back == obj or back is obj or obj != obj)

# marshal: version 2 bytes (no back-references) are CPython's exactly;
# every version round-trips; code objects are refused.
import marshal

vals = [None, True, False, 0, -1, 2**31, -2**40, 10**50, 1.5, -0.0, float("inf"), 1 + 2j, "abc", "é€😀", "a" * 300,
        b"\x00\xff", (1, "a", (None,)), [1, [2, []]], {"k": [1, 2], 3: (4,)}, {1, 2}, frozenset({"x"}), ...,
        StopIteration, ()]
for v in vals:
    print(repr(v)[:40], marshal.dumps(v, 2).hex(), marshal.dumps(v, 0) == marshal.dumps(v, 1))
    for version in range(5):
        assert marshal.loads(marshal.dumps(v, version)) == v, (v, version)
print(marshal.loads(marshal.dumps(vals)) == vals)
# Back-references as CPython writes them (a FLAG_REF'd tuple used twice).
print(marshal.loads(bytes.fromhex("5b04000000a902da06736861726564e9010000007200000000da046e616d657203000000")))
try:
    marshal.dumps(lambda: 0)
except ValueError as e:
    print("ValueError", e)
try:
    marshal.loads(b"i\x01")
except EOFError as e:
    print("EOFError", e)

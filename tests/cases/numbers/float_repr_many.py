# repr/str of floats: powers of two (exact ties between two shortest
# strings go to the even digit, as in CPython) and 6000 random values.
import struct, random
r = random.Random(7)
xs = [2.0 ** e for e in range(-1074, 1024, 7)] + [r.random() * 10 ** r.randint(-300, 300) for _ in range(3000)] + [struct.unpack('<d', r.getrandbits(64).to_bytes(8, 'little'))[0] for _ in range(3000)]
print(sum(1 for x in xs if x == x), hash(tuple(repr(x) for x in xs if x == x)))
for x in xs[:200]: print(repr(x), str(x))

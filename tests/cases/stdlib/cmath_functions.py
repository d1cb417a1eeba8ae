# cmath: every function on fixed and 2000 random finite arguments
# (signed zeros, tiny, huge, near the branch cuts), compared bit for bit;
# the constants, phase/polar/rect, isclose, and domain/range errors.
import cmath
import math
import random
import struct

FUNCS = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan",
         "asinh", "acosh", "atanh"]
fixed = [0j, -0.0 + 0j, complex(0.0, -0.0), complex(-0.0, -0.0), 1 + 0j, -1 + 0j, 1j, -1j, 2 + 3j, -2.5 - 0.5j,
         complex(1e-310, 1e-310), complex(1e300, 1e300), complex(-1e300, 2), complex(0.5, 1e-200), 1.0000001 + 0j,
         complex(700, 1), complex(-710, 3), complex(2, 710), complex(0.99, 0.1), complex(1, 1e-160)]
r = random.Random(99)


def rand_float():
    kind = r.random()
    if kind < 0.5:
        return r.uniform(-4, 4)
    if kind < 0.8:
        return r.choice([-1, 1]) * 10 ** r.uniform(-320, 308)
    return struct.unpack("<d", struct.pack("<Q", r.getrandbits(62)))[0] * r.choice([-1, 1])


def bits(z):
    return (struct.pack("<d", z.real) + struct.pack("<d", z.imag)).hex()


values = fixed + [complex(rand_float(), rand_float()) for _ in range(2000)]
digest = []
for name in FUNCS:
    f = getattr(cmath, name)
    for z in values:
        try:
            out = bits(f(z))
        except (ValueError, OverflowError) as e:
            out = type(e).__name__
        digest.append(out)
    shown = []
    for z in fixed[4:9]:
        try:
            shown.append(f(z))
        except ValueError as e:
            shown.append(str(e))
    print(name, shown)
print(len(digest), hash(tuple(digest)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
print(cmath.phase(-1 + 0j), cmath.phase(complex(-1, -0.0)), cmath.polar(3 + 4j), cmath.rect(2, math.pi / 2),
      cmath.rect(1, 0), cmath.rect(1, -0.0))
print(cmath.log(8, 2), cmath.log(1j, 1 + 1j), cmath.log10(1000), cmath.sqrt(-4), cmath.exp(math.pi * 1j))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isfinite(1 + 2j),
      cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)))
for call in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.exp(1000), lambda: cmath.cosh(1000 + 1j),
             lambda: cmath.sqrt("x"), lambda: cmath.isclose(1, 2, rel_tol=-1)]:
    try:
        print(call())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)

# Random decimal arithmetic at several precisions and in every rounding
# mode: each line is a digest of a few hundred results, equal only if
# every result (and the flags raised) is CPython's to the last digit.
import decimal
import hashlib
import random
from decimal import Decimal as D

rng = random.Random(20261126)


def random_decimal():
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 40))).lstrip("0") or "0"
    exp = rng.randint(-30, 30)
    sign = rng.choice(["", "-"])
    return D(f"{sign}{digits}E{exp}")


pairs = [(random_decimal(), random_decimal()) for _ in range(100)]
ops = {
    "add": lambda c, a, b: c.add(a, b),
    "sub": lambda c, a, b: c.subtract(a, b),
    "mul": lambda c, a, b: c.multiply(a, b),
    "div": lambda c, a, b: c.divide(a, b),
    "divint": lambda c, a, b: c.divide_int(a, b),
    "rem": lambda c, a, b: c.remainder(a, b),
    "sqrt": lambda c, a, b: c.sqrt(abs(a)),
    "quantize": lambda c, a, b: c.quantize(a, D(1).scaleb(b.adjusted() // 2)),
    "pow": lambda c, a, b: c.power(a, rng.randint(-4, 6)),
    "plus": lambda c, a, b: c.plus(a),
    "fma": lambda c, a, b: c.fma(a, b, a),
    "remnear": lambda c, a, b: c.remainder_near(a, b),
}
modes = [decimal.ROUND_HALF_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_UP,
         decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]
for prec in (3, 9, 28):
    for rounding in modes:
        for name, op in ops.items():
            ctx = decimal.Context(prec=prec, rounding=rounding, traps=[])
            out = []
            for a, b in pairs:
                ctx.clear_flags()
                try:
                    r = op(ctx, a, b)
                except Exception as e:
                    r = type(e).__name__
                flags = "".join(s.__name__[0] + s.__name__[-1] for s, v in ctx.flags.items() if v)
                out.append(f"{r}|{''.join(sorted(flags))}")
            digest = hashlib.sha256("\n".join(out).encode()).hexdigest()[:16]
            print(prec, rounding, name, digest, out[7])
print(sum(a for a, _ in pairs), max(b for _, b in pairs), sorted(pairs)[0][0])

# exp, ln, log10 and fractional powers of random decimals at several
# precisions: each line digests a few hundred results and their flags.
import decimal
import hashlib
import random
from decimal import Decimal as D

rng = random.Random(1126)


def random_decimal(max_exp=6):
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 30))).lstrip("0") or "1"
    return D(f"{rng.choice(['', '-'])}{digits}E{rng.randint(-30, max_exp) - len(digits) + 1}")


values = [random_decimal() for _ in range(120)] + [D(v) for v in ("1", "2", "10", "0.5", "100", "1e-40", "-1e-40",
                                                                   "123.456", "0.999999999", "1.000000001",
                                                                   "2302585", "-2302585", "1e5", "-1e5")]
exponents = [random_decimal(1) for _ in range(120)] + [D(v) for v in ("0.5", "-0.5", "1.5", "0.25", "3.3")]
ops = {
    "exp": lambda c, a, b: c.exp(a) if hasattr(c, "exp") else a.exp(c),
    "ln": lambda c, a, b: abs(a).ln(c) if a else a.ln(c),
    "log10": lambda c, a, b: abs(a).log10(c) if a else a.log10(c),
    "power": lambda c, a, b: c.power(abs(a), b),
}
for prec in (5, 16, 28, 40):
    for name, op in ops.items():
        ctx = decimal.Context(prec=prec, traps=[])
        out = []
        for a, b in zip(values, exponents):
            ctx.clear_flags()
            try:
                r = op(ctx, a, b)
            except Exception as e:
                r = type(e).__name__
            flags = "".join(sorted(s.__name__[:3] for s, v in ctx.flags.items() if v))
            out.append(f"{r}|{flags}")
        print(prec, name, hashlib.sha256("\n".join(out).encode()).hexdigest()[:16], out[3], out[-5])
ctx = decimal.getcontext()
print(D(2).ln(), D("0.001").log10(), D("1e-3").exp(), D(10) ** D("0.3333"), D("1.5").exp(), D(-3).ln() if False else "")
for bad in (lambda: D(-1).ln(), lambda: D(0).log10(), lambda: D(-8) ** D("0.5")):
    try:
        print(bad())
    except decimal.InvalidOperation as e:
        print("InvalidOperation", e)
print(D(0).ln(), D("Infinity").ln(), D("-Infinity").exp(), D("Infinity").exp(), D(0) ** D("0.5"))

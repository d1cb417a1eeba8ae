# int -> float, int / int and float.fromhex must round correctly (once),
# including into the subnormal range.
x = 123456789
def rand(bits):
    global x
    out = 0
    for _ in range(bits // 30 + 1):
        x = (x * 1103515245 + 12345) % 2**31
        out = (out << 30) | (x >> 1)
    return out >> ((bits // 30 + 1) * 30 - bits)

for bits in (53, 54, 55, 64, 65, 100, 200, 1023, 1024):
    vals = [rand(bits) for _ in range(20)]
    print(bits, [repr(float(v)) for v in vals[:3]], sum(float(v) for v in vals) == sum(float(v) for v in vals))
    print([repr(a / b) for a, b in zip(vals, vals[1:] + [rand(60)])][:5])
print(2**53 + 1, float(2**53 + 1), float(2**53 + 3), float(-(2**53 + 1)), float(2**1024 - 2**971))
try:
    float(2**1024 - 2**970)
except OverflowError as e:
    print(e)
print(1 / 2**1074, 1 / 2**1075, 3 / 2**1076, 3 / 2**1075, (2**53 - 1) / 2**1075, 1 / 3, 10**400 / 10**399)
print(2**-1074, 2**-1075 if False else 0, (10**30 + 1) / 10**15, -7 / 2**1080)
for h in ("0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x3p-1076", "0x1.fffffffffffffp1023", "-0x1p-1022",
          "0x1.00000000000008p0", "0x1.00000000000018p0", "0x.8p1", "1p0", "0X1P+2", " 0x1.8 "):
    print(h, repr(float.fromhex(h)))
for bad in ("0x1p1024", "0x2p1023"):
    try:
        float.fromhex(bad)
    except OverflowError as e:
        print(bad, e)

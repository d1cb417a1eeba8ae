vals = [0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234,
        1.5e300, 5e-324, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 100.0, 1e22, 1e23,
        9007199254740993.0, 0.30000000000000004, 2.5, 1234.5678, -1e-7]
for v in vals:
    print(repr(v), str(v), v.hex() if v == v and abs(v) != float("inf") else "-")
print(float("1e500"), float("-1e500"), float("  3.5  "), float("1_0.5"), float("infinity"), float("-NaN"))
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), float(10**20), float(2**53 + 1), float("0x1p3".replace("0x1p3", "8")))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 0.1 * 3, 1.1 + 2.2)
print(int(2.5), round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(2.675, 2))
print(round(1.23456e10, -5), round(123.456, 1), round(-0.5), round(1e300, 2), round(5e-324, 400))
print(float.__name__, type(1.0).__name__, 1.0 == 1, hash(1.0) == hash(1), hash(0.5), hash(-1.0), hash(1e100))
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 % -2, -7.5 // 2, 2 ** 0.5, (-8) ** (1/3) if False else 0, 10 ** -2)
print(abs(-2.5), -(0.0), 0.0 == -0.0, max(0.0, -0.0), min(-0.0, 0.0))
print(1.0 < float("nan"), float("nan") == float("nan"), float("inf") > 1e308)

print(int("42"), int("-42"), int(" 42 "), int("+7"), int("1_000"), int("0x1f", 16), int("0x1f", 0), int("z", 36))
print(int("0b101", 0), int("0o17", 0), int("17", 8), int("ff", 16), int("FF", 16), int(3.99), int(-3.99), int(True))
print(int("١٢٣"), int(b"12"), int(bytearray(b"34")), int("  \t12\n"))
for bad in ["", "1.5", "0x", "1__0", "_1", "08", "0b2", " ", "+-1"]:
    try:
        print(int(bad, 0) if bad.startswith("0") else int(bad))
    except ValueError as e:
        print("ValueError:", e)
print(hex(255), oct(8), bin(5), hex(-255), bin(-5), oct(0))
print(str(10**50), repr(-10**50), format(10**25, ","), format(10**25, "_x"))
print(int(1e20), int(1.5e300) % 1000, int(-2.5e15))
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "little", signed=True))
print((10).as_integer_ratio(), (5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print(int.__name__, type(10**100).__name__, isinstance(True, int))
print(round(12345, -2), round(-12355, -1), round(15, -1), round(25, -1), round(7), round(7, 2))
class Idx:
    def __index__(self):
        return 3
class Trunc:
    def __int__(self):
        return 9
print([0, 1, 2, 3, 4][Idx()], int(Idx()), int(Trunc()), hex(Idx()), bin(Idx()), range(10)[Idx()])
print(int("1" * 50), len(str(2**10000)))
import sys
print(sys.int_info.bits_per_digit > 0, sys.maxsize)

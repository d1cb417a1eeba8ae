z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z, z * 1j, z / 2, z ** 2, z == 3 + 4j)
print(complex(1, 2), complex("1+2j"), complex(" 3j "), complex(2), complex(), complex(1.5, -0.0), 1j ** 2)
print(repr(1j), repr(-1j), repr(0j), repr(complex(-0.0, -0.0)), repr(complex(1e16, 1e-5)), repr(complex(float("inf"), float("nan"))))
print((1 + 2j) + 1, 2 * (1 + 1j), (1 + 1j) / (1 - 1j), (2 + 0j) ** 0.5, hash(1 + 0j) == hash(1), hash(2j))
print(format(1 + 2j, ".2f"), format(3.5 - 1j, "^20"), f"{1j:>8}")
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print(e)
print(isinstance(1j, complex), type(z).__name__, complex.__name__, z != 3)

# numpy 1.26's promotion, with value-based casting of Python scalars.
import numpy as np

kinds = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float32", "float64",
         "complex64", "complex128"]
for a in kinds:
    row = [(np.ones(1, a) + np.ones(1, b)).dtype.name for b in kinds]
    print(a, " ".join(row))
for a in kinds:
    values = [1, 200, 1000, -1, -200, 70000, 2**40, 1.5, 1e300, 1j, True]
    print(a, [(np.ones(1, a) + v).dtype.name for v in values])
print((np.int8(1) + 1).dtype, (np.float32(1) + 1.5).dtype, (np.array(1, np.int8) + np.ones(1, np.int16)).dtype)
print((np.array(300, np.int16) + np.ones(1, np.int8)).dtype, (np.array(3.0) + np.ones(1, np.float32)).dtype)
print((np.ones(2, np.int32) / 2).dtype, (np.ones(2, np.int8) // 2).dtype, (np.ones(2, bool) * 2).dtype)
print((np.ones(2, np.float32) * np.float64(2)).dtype, (np.arange(3) ** 2).dtype, (np.arange(3) < 2).dtype)

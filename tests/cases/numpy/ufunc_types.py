# Every arithmetic operator over pairs of dtypes: result dtypes and values
# (integer division by zero and overflow as numpy gives them).
import warnings

import numpy as np

warnings.simplefilter("ignore")
kinds = ["bool", "int8", "uint8", "int32", "uint64", "float32", "float64", "complex64"]
ops = ["+", "-", "*", "/", "//", "%", "**", "<", "==", "&"]
for left in kinds:
    for right in kinds:
        a = np.array([0, 1, 5], dtype=left)
        b = np.array([3, 1, 2], dtype=right)
        row = []
        for op in ops:
            try:
                r = eval(f"a {op} b")
                row.append(f"{r.dtype.name}:{r.tolist()}")
            except TypeError as e:
                row.append("TypeError")
        print(left, right, " ".join(row))
print(np.array([-7, 7], dtype=np.int8) // np.array([2, -2], dtype=np.int8), np.array([-7, 7]) % np.array([2, -2]))
print(np.array([-128], dtype=np.int8) // -1, np.array([5, 0], dtype=np.int32) // 0, np.array([1, 2]) ** 0)
print(np.array([200], dtype=np.uint8) + np.array([100], dtype=np.uint8), np.array([-7.5, 7.5]) // 2, np.array([-7.5]) % 2)
try:
    np.array([2]) ** -1
except ValueError as e:
    print("ValueError:", e)
try:
    np.array([True]) - np.array([False])
except TypeError as e:
    print("TypeError:", e)
try:
    -np.array([True])
except TypeError as e:
    print("TypeError:", e)

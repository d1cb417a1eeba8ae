# The course's first numpy line, and arange's length rule.
import numpy as np

print(np.arange(5))
print(repr(np.arange(5)))
print(np.arange(2, 11, 3), np.arange(10, 0, -3), np.arange(0))
print(np.arange(0.0, 1.0, 0.1))
print(np.arange(1, 2, 0.3), len(np.arange(0, 1, 0.1)), len(np.arange(0, 1.0000001, 0.1)))
print(np.arange(5, dtype=np.float32), np.arange(3, dtype="int8").dtype)
print(np.arange(-3, 3).tolist(), np.arange(2.5).tolist())

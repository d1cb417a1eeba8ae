# Floating-point errors: numpy's warnings, errstate and seterr.
import warnings

import numpy as np

warnings.simplefilter("always")
print(np.array([1.0, -1.0, 0.0]) / 0)
print(np.log(np.array([0.0, -1.0, 1.0])))
print(np.sqrt(np.array([-1.0, 4.0])))
print(np.exp(np.array([1000.0])), np.array([1e308]) * 10)
print(np.array([5, 0]) // np.array([0, 0]), np.array([5]) % 0)
with np.errstate(divide="ignore", invalid="ignore"):
    print(np.array([1.0, 0.0]) / 0)
with np.errstate(all="raise"):
    try:
        np.array([1.0]) / 0
    except FloatingPointError as e:
        print("FloatingPointError:", e)
old = np.seterr(over="ignore")
print(np.array([1e308]) * 10, sorted(old.items()))
np.seterr(**old)
print(sorted(np.geterr().items()))
print(np.float64(1.0) / 0, np.int8(100) + np.int8(100), np.int64(2) ** 63)

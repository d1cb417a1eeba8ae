"""An array from a list of 10^6 Python floats, ten times."""

import time

from _numpy_env import timed

import numpy as np

values = [i * 0.5 for i in range(1_000_000)]
start = time.perf_counter()
for _ in range(10):
    a = np.array(values)
timed(time.perf_counter() - start)
print(a.shape, a.dtype, a[-1])

"""sum and mean of 10^7 float64 elements, five times each (numpy's
pairwise summation: results equal to the bit)."""

import time

from _numpy_env import timed

import numpy as np

x = np.arange(10_000_000) * 1.1
start = time.perf_counter()
for _ in range(5):
    s = x.sum()
    m = x.mean()
timed(time.perf_counter() - start)
print(repr(s), repr(m))

# Generated broadcasting checks with a fixed seed: random compatible
# shapes, the sum's shape and contents, and an incompatible pair.
import random

import numpy as np

rng = random.Random(1234)
for trial in range(25):
    ndim = rng.randint(1, 4)
    full = [rng.randint(1, 4) for _ in range(ndim)]
    a_shape = [n if rng.random() < 0.6 else 1 for n in full][rng.randint(0, ndim - 1):]
    b_shape = [n if rng.random() < 0.6 else 1 for n in full]
    a = np.arange(1, 1 + int(np.prod(a_shape))).reshape(a_shape)
    b = np.arange(int(np.prod(b_shape))).reshape(b_shape) * 0.5
    c = a * 10 + b
    print(tuple(a_shape), tuple(b_shape), c.shape, c.sum(), c.ravel()[:6])
for x, y in [((2, 3), (4,)), ((3, 1), (2, 4)), ((5,), (4,)), ((2, 1, 3), (4, 2))]:
    try:
        np.ones(x) + np.ones(y)
    except ValueError as e:
        print("ValueError:", e)
print(np.broadcast_shapes((2, 1), (1, 3)), np.broadcast_to(np.arange(3), (2, 3)))
xs, ys = np.broadcast_arrays(np.arange(3), np.arange(2).reshape(2, 1))
print(xs, ys)
try:
    np.broadcast_to(np.arange(3), (2, 3))[0, 0] = 1
except ValueError as e:
    print("ValueError:", e)

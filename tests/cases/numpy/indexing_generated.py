# Generated indexing checks with a fixed seed: random shapes and keys of
# integers, slices, None, Ellipsis, integer lists and boolean masks; the
# selection's shape and contents, then an assignment through the key.
import random

import numpy as np

rng = random.Random(2024)


def random_key(shape):
    key = []
    axis = 0
    used_ellipsis = False
    while axis < len(shape) and rng.random() < 0.85:
        n = shape[axis]
        kind = rng.choice(["int", "slice", "slice", "none", "list", "mask", "ellipsis"])
        if kind == "int":
            key.append(rng.randint(-n, n - 1))
            axis += 1
        elif kind == "slice":
            start = rng.choice([None, rng.randint(-n, n)])
            stop = rng.choice([None, rng.randint(-n, n)])
            step = rng.choice([None, 1, 2, -1, -2])
            key.append(slice(start, stop, step))
            axis += 1
        elif kind == "none":
            key.append(None)
        elif kind == "list":
            key.append([rng.randint(-n, n - 1) for _ in range(rng.randint(1, 3))])
            axis += 1
        elif kind == "mask":
            key.append(np.array([rng.random() < 0.5 for _ in range(n)]))
            axis += 1
        elif not used_ellipsis:
            key.append(Ellipsis)
            used_ellipsis = True
            axis = len(shape) - rng.randint(0, len(shape) - axis)
    return tuple(key)


def show(key):
    return tuple(k.tolist() if isinstance(k, np.ndarray) else k for k in key)


for trial in range(60):
    shape = tuple(rng.randint(1, 4) for _ in range(rng.randint(1, 3)))
    a = np.arange(int(np.prod(shape))).reshape(shape)
    key = random_key(shape)
    try:
        got = a[key]
    except IndexError as e:
        print(trial, shape, show(key), "IndexError:", e)
        continue
    b = a.copy()
    b[key] = -1
    print(trial, shape, show(key), np.shape(got), np.ravel(got).tolist(), int((b == -1).sum()))

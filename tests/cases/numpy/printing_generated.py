# Generated printing checks with a fixed seed: arrays of random values of
# many magnitudes and kinds, printed by repr and str.
import random

import numpy as np

rng = random.Random(99)
for trial in range(40):
    n = rng.randint(1, 7)
    scale = 10 ** rng.randint(-12, 12)
    kind = rng.choice(["float64", "float32", "int64", "int8", "uint16", "bool", "complex128", "mixed"])
    if kind in ("float64", "float32", "complex128"):
        values = [rng.uniform(-1, 1) * scale for _ in range(n)]
        if rng.random() < 0.3:
            values[0] = float(rng.choice(["nan", "inf", "-inf"]))
        if rng.random() < 0.3:
            values[-1] = round(values[-1])
        if kind == "complex128":
            values = [complex(v, rng.uniform(-1, 1) * scale) for v in values]
        a = np.array(values, dtype=kind)
    elif kind == "mixed":
        a = np.array([rng.choice([0.5, 1.0, 2.25, 1e-3, 12345.678]) for _ in range(n)])
    elif kind == "bool":
        a = np.array([rng.random() < 0.5 for _ in range(n)])
    else:
        info = {"int64": (-10**12, 10**12), "int8": (-128, 127), "uint16": (0, 65535)}[kind]
        a = np.array([rng.randint(*info) for _ in range(n)], dtype=kind)
    if rng.random() < 0.3 and n % 2 == 0:
        a = a.reshape(2, -1)
    print(repr(a))
    print(a)

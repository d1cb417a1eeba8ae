# Float sums agree with numpy's pairwise summation to the last bit, in
# every layout: data made with a fixed seed by Python's random.
import random

import numpy as np

rng = random.Random(7)
for n in [1, 7, 8, 9, 127, 128, 129, 1000, 4097, 100003]:
    values = [rng.gauss(0, 1) * 10 ** rng.uniform(-5, 5) for _ in range(n)]
    x = np.array(values)
    print(n, repr(x.sum()), repr(x.mean()), repr(np.sum(x[::3])), x.sum() == sum(values))
m = np.array([rng.gauss(0, 1) * 10 ** rng.uniform(-5, 5) for _ in range(37 * 300)]).reshape(37, 300)
print(m.sum(axis=0)[:4].tolist(), m.sum(axis=1)[:4].tolist(), repr(m.sum()), repr(m.T.sum()))
print(repr(m.std()), repr(m.var(axis=0)[0]), repr(m[:, ::2].sum()), repr(m.mean(axis=1)[5]))
f32 = np.array([rng.gauss(0, 1) for _ in range(1000)], dtype=np.float32)
print(repr(f32.sum()), repr(f32.mean()), f32.sum().dtype)
c = np.array([complex(rng.gauss(0, 1), rng.gauss(0, 1)) for _ in range(333)])
print(repr(c.sum()), repr(c.mean()))

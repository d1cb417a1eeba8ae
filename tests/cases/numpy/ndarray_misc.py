import copy
import pickle

import numpy as np

a = np.arange(6).reshape(2, 3)
print(list(a), [x for x in a[0]], len(a), a.astype(np.float32), a.astype(bool), a.astype("complex128")[0])
print(np.array([1.7, -1.7, 300.5]).astype(np.int8), np.array([-1, 256]).astype(np.uint8), np.array([0.0, 2.0]).astype(bool))
c = a.copy()
c[0, 0] = 50
print(a[0, 0], copy.deepcopy(a) is a, copy.copy(a)[1], pickle.loads(pickle.dumps(a)))
f = np.zeros(4)
f.fill(2.5)
print(f, a.T.copy().flags.c_contiguous, a.flat[4], list(a.flat), a.real is a, np.imag(a))
print(bool(np.array([0])), bool(np.array([3.5])), int(np.array([7])), float(np.array(2.5)))
try:
    bool(np.arange(3))
except ValueError as e:
    print("ValueError:", e)
try:
    len(np.array(5))
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
z = np.array([1 + 2j, 3 - 4j])
print(z.real, z.imag, np.real(z), abs(z), z.conj(), z * 1j)
print(a == a.copy(), (a == 3).sum(), a != 2, -a, +a, abs(-a), ~np.array([1, 2]), a ** 2, 2 ** a, a % 4, 10 // (a + 1))
i = np.arange(4)
i += 3
i *= 2
i //= 3
i -= np.array([1, 1, 1, 1])
print(i)
try:
    i /= 2
except TypeError as e:
    print(type(e).__name__, e)
w = np.ones(3)
w += np.arange(3)
w /= 2
w **= 2
print(w, type(np.float64(1) + np.arange(2)).__name__, (np.arange(3) > 1) & (np.arange(3) < 3))
print(np.__version__, np.pi, np.e, np.inf, np.nan, np.newaxis)
try:
    np.not_a_numpy_name
except AttributeError as e:
    print("AttributeError:", e)

# Which operations share memory with their source (views) and which copy.
import numpy as np

a = np.arange(12).reshape(3, 4)
views = {
    "slice": a[1:, ::2], "row": a[0], "transpose": a.T, "reshape": a.reshape(4, 3), "ravel": a.ravel(),
    "newaxis": a[None], "ellipsis": a[...], "squeeze": a[None].squeeze(), "swapaxes": a.swapaxes(0, 1),
}
copies = {
    "fancy": a[[0, 1]], "mask": a[a > 3], "flatten": a.flatten(), "copy": a.copy(), "astype": a.astype(float),
    "add": a + 0, "ravel_of_transpose": a.T.ravel(), "concatenate": np.concatenate([a]),
}
for name, v in list(views.items()) + list(copies.items()):
    before = v.copy()
    a += 100
    changed = not np.array_equal(v, before)
    print(name, "view" if changed else "copy")
b = np.zeros(5)
b[1:4][::2] = 7
print(b)
c = np.arange(6)
c[c > 2][0] = 100
print(c)
d = np.arange(10)
d[2:8] = d[:6]
print(d)
e = np.arange(10)
e[:6] = e[2:8].copy()
print(e)
m = np.arange(9).reshape(3, 3)
m[:, 0] += m[:, 2]
print(m)

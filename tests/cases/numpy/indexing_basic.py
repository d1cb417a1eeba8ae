import numpy as np

a = np.arange(24).reshape(2, 3, 4)
print(a[1], a[1, 2], a[1, 2, 3], a[-1, -1, -1], type(a[0, 0, 0]).__name__)
print(a[:, 1], a[..., 0], a[0, ..., 1], a[:, :, ::2], a[::-1, ::-2])
print(a[None].shape, a[:, None, :, None].shape, a[..., None].shape, a[np.newaxis, 0].shape)
print(a[0, 1:3], a[1, :, 1:-1], a[5:], a[:, 5:].shape, a[0, 0, 10:], a[0][1][2])
b = a[0]
b[0, 0] = 100
print(a[0, 0, 0], b.base is not None)
v = np.arange(10)
v[2:5] = -1
v[::3] = 7
print(v)
v[:] = np.arange(10)[::-1]
print(v)
m = np.zeros((3, 4))
m[1] = 5
m[:, 2] = [1, 2, 3]
m[0, :] = np.arange(4) * 0.5
print(m)
for bad in [(0, 0, 0, 0), (3,), (0, 5), ("x",), (1.5,)]:
    try:
        a[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    np.arange(3)[...,...]
except IndexError as e:
    print("IndexError:", e)

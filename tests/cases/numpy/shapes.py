import numpy as np

a = np.arange(6)
b = a.reshape(2, 3)
print(b, a.reshape(3, -1), a.reshape((1, 6)).shape, b.reshape(-1), b.ravel(), b.flatten(), b.T.ravel())
print(b.reshape(3, 2, order="F"), np.reshape(a, (2, 3), order="F"))
b[0, 0] = 99
print(a[0], b.T.flags.c_contiguous, b.T.flags.f_contiguous, b.flags.c_contiguous, b.strides, b.T.strides)
print(b.shape, b.ndim, b.size, b.dtype, b.itemsize, b.nbytes, len(b), b.T.shape)
c = np.arange(24).reshape(2, 3, 4)
print(c.transpose(2, 0, 1).shape, np.transpose(c, (1, 0, 2)).shape, np.swapaxes(c, 0, 2).shape)
print(np.moveaxis(c, 0, -1).shape, np.moveaxis(c, [0, 1], [-1, -2]).shape, np.squeeze(np.ones((1, 3, 1))).shape)
print(np.expand_dims(a, 0).shape, np.expand_dims(a, (0, 2)).shape, np.atleast_2d(3).shape, np.atleast_3d(a).shape)
d = np.zeros(6)
d.shape = (3, 2)
print(d.shape)
try:
    d.shape = (4, 2)
except ValueError as e:
    print("ValueError:", e)
for bad in [(4,), (-1, -1), (5, -1)]:
    try:
        a.reshape(bad)
    except ValueError as e:
        print("ValueError:", e)
print(np.concatenate([np.arange(3), np.arange(2)]), np.concatenate([b, b], axis=1), np.concatenate([b, b], None))
print(np.stack([a, a]), np.stack([a, a], axis=1).shape, np.vstack([a, a]).shape, np.hstack([b, b]).shape)
print(np.dstack([a, a]).shape, np.column_stack([a, a]).shape, np.hstack([1, 2, [3]]))
print(np.split(a, 3), np.array_split(np.arange(7), 3), np.hsplit(b, 3)[1], np.vsplit(np.arange(4).reshape(4, 1), 2))
print(np.flip(b), np.fliplr(b), np.flipud(b), np.roll(a, 2), np.roll(b, 1, axis=1), np.rot90(b))
print(np.repeat([1, 2], 3), np.repeat(b, 2, axis=0), np.tile([1, 2], 3), np.tile(b, (2, 1)))
print(np.append(a, [7, 8]), np.insert(a, 2, -1), np.delete(a, [0, 2]), np.resize(np.arange(3), (2, 4)))
for bad in [lambda: np.concatenate([b, a]), lambda: np.stack([a, b]), lambda: np.transpose(b, (0, 0))]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

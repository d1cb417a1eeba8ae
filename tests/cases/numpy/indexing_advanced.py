import numpy as np

a = np.arange(12).reshape(3, 4)
print(a[[0, 2]], a[:, [1, 3]], a[[0, 1], [1, 2]], a[[[0], [2]], [1, 3]])
print(a[a % 3 == 0], a[[True, False, True]], a[:, [True, False, False, True]])
print(a[np.array([-1, 0])], a[[2, 2, 0]], a[1:, [0, 0]], a[[0, 1], 1:3])
b = np.arange(24).reshape(2, 3, 4)
print(b[:, [0, 2], [1, 3]].shape, b[[0, 1], :, [0, 1]].shape, b[[1], 1:, [[0], [3]]].shape)
print(b[:, [0, 2], [1, 3]])
print(b[[0, 1], :, [0, 1]])
c = np.arange(10)
c[[1, 3, 5]] = 0
c[c > 6] = -1
c[[0, 0]] = [8, 9]
print(c)
d = np.zeros((3, 3))
d[[0, 1, 2], [2, 1, 0]] = 1
d[d == 0] = np.arange(6)
print(d)
for bad in [[3], [[0, 1], [0, 1, 2]], [True, False]]:
    try:
        a[bad] if not isinstance(bad[0], list) else a[bad[0], bad[1]]
    except IndexError as e:
        print("IndexError:", e)
try:
    a[np.array([0.5])]
except IndexError as e:
    print("IndexError:", e)

import numpy as np

a = np.arange(6).reshape(2, 3)
b = np.arange(6).reshape(3, 2)
print(a @ b, np.dot(a, b), np.matmul(a, b), a.dot(b), np.dot([1, 2, 3], [4, 5, 6]), np.array([1, 2]) @ np.array([3, 4]))
print(a @ np.array([1, 0, 1]), np.array([1, 1]) @ a, np.ones((2, 2, 3)) @ np.ones((3, 4)), np.dot(2, a))
print(np.outer([1, 2], [3, 4, 5]), np.inner([1, 2], [3, 4]), np.vdot([1 + 1j, 2], [1, 2]), np.cross([1, 0, 0], [0, 1, 0]))
print(np.trace(np.arange(9).reshape(3, 3)), np.diagonal(np.arange(9).reshape(3, 3), 1), np.eye(2) @ np.eye(2))
m = np.array([[2.0, 1.0], [1.0, 3.0]])
print(m @ m @ m, (m @ m).sum())
for bad in [lambda: a @ a, lambda: np.ones(3) @ 2]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

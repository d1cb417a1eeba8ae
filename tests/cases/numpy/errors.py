# numpy's exception types and messages.
import numpy as np

checks = [
    lambda: np.ones((2, 3)) + np.ones(4),
    lambda: np.arange(6).reshape(4),
    lambda: np.dtype("foo"),
    lambda: np.ones(3).sum(axis=1),
    lambda: np.ones((2, 2)).mean(axis=-3),
    lambda: np.concatenate([np.ones(2), np.ones((2, 2))]),
    lambda: np.zeros(3)[5],
    lambda: np.zeros((2, 2))[0, 0, 0],
    lambda: np.zeros(3)[[True, False]],
    lambda: np.array([[1, 2], [3]]),
    lambda: np.zeros(-1),
    lambda: np.ones(3) @ np.ones(4),
    lambda: np.squeeze(np.ones((2, 1)), axis=0),
    lambda: np.swapaxes(np.ones(2), 0, 1),
    lambda: np.array([1, 2]).item(),
    lambda: np.split(np.arange(5), 2),
    lambda: np.ones(2, dtype=int).__iadd__(1.5),
    lambda: np.bitwise_and(np.ones(2), 1),
    lambda: np.zeros(3).reshape(-1, -1),
    lambda: int(np.ones(2)),
    lambda: np.ones(3)[1.5],
]
for check in checks:
    try:
        check()
        print("no error")
    except Exception as e:
        print(f"{type(e).__module__}.{type(e).__name__}: {e}")

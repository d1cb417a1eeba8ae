import numpy as np

a = np.arange(12).reshape(3, 4)
print(a.sum(), a.sum(axis=0), a.sum(axis=1), a.sum(axis=(0, 1)), a.sum(axis=-1, keepdims=True))
print(a.prod(axis=1), a.min(), a.max(axis=0), a.argmin(), a.argmax(axis=1), a.ptp(axis=0))
print(a.mean(), a.mean(axis=0), a.std(), a.var(axis=1), a.std(ddof=1), np.var(a, axis=0, ddof=1))
print(a.any(), (a > 10).any(axis=0), (a >= 0).all(), np.all(a < 5, axis=1), np.count_nonzero(a % 2))
print(np.cumsum(a), np.cumsum(a, axis=0), np.cumprod(np.arange(1, 6)), a.cumsum(axis=1))
print(np.median(a), np.median(a, axis=0), np.percentile(np.arange(10), [25, 50, 90]), np.quantile([1, 3, 2, 4], 0.3))
print(np.average(a), np.average(a, axis=1, weights=[1, 2, 3, 4]), np.average([1, 2], weights=[3, 1], returned=True))
f = np.array([1.0, np.nan, 3.0])
print(np.sum(f), np.nansum(f), np.nanmean(f), np.nanmin(f), np.nanmax(f), np.max(f), np.argmax(f))
print(np.sum(np.ones((2, 3), np.float32)).dtype, np.sum(np.ones(3, np.int8)).dtype, np.mean(np.ones(3, np.int8)).dtype)
print(np.sum(np.ones(3, np.uint8)).dtype, np.sum([True, True, False]), np.prod([]), np.sum([]))
print(np.sum(a, dtype=np.float32), np.sum(a.T, axis=0), a.T.sum(axis=1), np.amax(a, axis=None))
for bad in [lambda: np.sum(a, axis=2), lambda: np.min(np.array([])), lambda: np.argmax([])]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)

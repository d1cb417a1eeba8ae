"""ThreadPoolExecutor.map over 100,000 trivial calls: the cost of futures,
the work queue and handing work to the pool's threads."""

from concurrent.futures import ThreadPoolExecutor


def square(x):
    return x * x


with ThreadPoolExecutor(max_workers=4) as pool:
    print(sum(pool.map(square, range(100_000))))

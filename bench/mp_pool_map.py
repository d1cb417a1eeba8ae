"""multiprocessing.Pool.map over 10,000 small tasks on 2 workers: pickling
the task chunks and results, the pool's handler threads and pipes."""

from multiprocessing import Pool


def square(x):
    return x * x


if __name__ == "__main__":
    with Pool(2) as pool:
        print(sum(pool.map(square, range(10_000))))

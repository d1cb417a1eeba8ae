"""100,000 small items through a multiprocessing.Queue from a child
process to the parent: the feeder thread, pickling and the pipe."""

import multiprocessing


def produce(q, n):
    for i in range(n):
        q.put((i, "item"))
    q.put(None)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=produce, args=(q, 100_000))
    p.start()
    total = count = 0
    while (item := q.get()) is not None:
        total += item[0]
        count += 1
    p.join()
    print(count, total)

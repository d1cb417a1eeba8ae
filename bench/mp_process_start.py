"""Starting and joining 100 trivial multiprocessing.Process children (fork):
the cost of a child's birth, bootstrap and exit."""

import multiprocessing


def nothing():
    pass


if __name__ == "__main__":
    codes = []
    for _ in range(100):
        p = multiprocessing.Process(target=nothing)
        p.start()
        p.join()
        codes.append(p.exitcode)
    print(sum(codes), len(codes))

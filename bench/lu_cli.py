"""The seminar's benchmark command line: invert random matrices by LU
decomposition and print the sum of the diagonals of the inverses.

    lu_cli.py [--method {serial,threads,processes,multiprocessing}] [--size N] [--number K]

"processes" and "multiprocessing" are the same: a multiprocessing.Pool.
"""

import argparse
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "lu"))
from helper import generate_matrix, invert  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description="Invert random matrices with LU decomposition.")
    parser.add_argument("--method", choices=["serial", "threads", "processes", "multiprocessing"], default="serial",
                        help="how to spread the inversions (default: %(default)s)")
    parser.add_argument("--size", type=int, default=200, help="matrix size (default: %(default)s)")
    parser.add_argument("--number", type=int, default=2, help="number of matrices (default: %(default)s)")
    args = parser.parse_args()
    if args.size < 1 or args.number < 1:
        parser.error("--size and --number must be positive")
    random.seed(42)
    matrices = [generate_matrix(args.size) for _ in range(args.number)]
    if args.method == "serial":
        inverses = [invert(m) for m in matrices]
    elif args.method == "threads":
        from concurrent.futures import ThreadPoolExecutor
        with ThreadPoolExecutor() as pool:
            inverses = list(pool.map(invert, matrices))
    else:
        from multiprocessing import Pool
        with Pool() as pool:
            inverses = pool.map(invert, matrices)
    print(sum(inv[i][i] for inv in inverses for i in range(args.size)))


if __name__ == "__main__":
    main()

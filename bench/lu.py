"""LU decomposition with partial pivoting of list-of-lists matrices, in
pure Python: the core of the seminar's matrix inversion job.

Matrices come from a small linear congruential generator so that the
program needs nothing but builtins; the printed checksum must match
CPython's to the last digit.
"""

import time


def make_matrix(n, seed):
    state = seed
    rows = []
    for i in range(n):
        row = []
        for j in range(n):
            state = (state * 1103515245 + 12345) % 2147483648
            row.append(state / 2147483648.0 * 200.0 - 100.0)
        rows.append(row)
    return rows


def lu_decompose(a):
    """In-place LUP decomposition; returns the permutation, whose last
    slot counts the row swaps."""
    n = len(a)
    perm = list(range(n + 1))
    perm[n] = 0
    for i in range(n):
        max_a = 0.0
        imax = i
        for k in range(i, n):
            abs_a = abs(a[k][i])
            if abs_a > max_a:
                max_a = abs_a
                imax = k
        if max_a < 1e-12:
            raise ValueError("matrix is degenerate")
        if imax != i:
            perm[i], perm[imax] = perm[imax], perm[i]
            a[i], a[imax] = a[imax], a[i]
            perm[n] += 1
        for j in range(i + 1, n):
            a[j][i] /= a[i][i]
            for k in range(i + 1, n):
                a[j][k] -= a[j][i] * a[i][k]
    return perm


def main(n=200, count=2):
    total = 0.0
    start = time.time() if hasattr(time, "time") else 0
    for m in range(count):
        a = make_matrix(n, 42 + m)
        perm = lu_decompose(a)
        total += sum(a[i][i] for i in range(n)) + perm[n]
    print("checksum {}".format(total))


if __name__ == "__main__":
    main()

"""Helpers for the LU seminar jobs: random matrices, LUP decomposition
with partial pivoting, and inversion by forward and back substitution.
Pure Python on lists of lists, as the seminar writes it."""

import random

__all__ = ["generate_matrix", "lup_decompose", "lup_invert", "invert", "run_job"]


def generate_matrix(n):
    """An n x n matrix of uniform random floats in [-100, 100)."""
    return [[random.uniform(-100., 100.) for _ in range(n)] for _ in range(n)]


def lup_decompose(a, tol=1e-12):
    """Decomposes the square matrix a in place into L (below the diagonal,
    unit diagonal implied) and U (on and above it), so that P*A = L*U.

    Returns the permutation p: row i of P*A is row p[i] of A, and p[n]
    counts the row swaps (its parity is the sign of det P).
    Raises ValueError when a pivot is smaller than tol (near-singular)."""
    n = len(a)
    p = list(range(n + 1))
    p[n] = 0
    for i in range(n):
        # Partial pivoting: the largest remaining entry in column i.
        max_a = 0.0
        imax = i
        for k in range(i, n):
            abs_a = abs(a[k][i])
            if abs_a > max_a:
                max_a = abs_a
                imax = k
        if max_a < tol:
            raise ValueError("matrix is degenerate (near-singular pivot)")
        if imax != i:
            p[i], p[imax] = p[imax], p[i]
            a[i], a[imax] = a[imax], a[i]
            p[n] += 1
        row_i = a[i]
        pivot = row_i[i]
        for j in range(i + 1, n):
            row_j = a[j]
            row_j[i] /= pivot
            factor = row_j[i]
            for k in range(i + 1, n):
                row_j[k] -= factor * row_i[k]
    return p


def lup_invert(a, p, numeric_type=float):
    """The inverse of the matrix whose LUP decomposition is (a, p): solves
    L*U*x = P*e_j for each column j of the identity."""
    n = len(a)
    inv = [[numeric_type(0)] * n for _ in range(n)]
    for j in range(n):
        # Forward substitution with the unit lower triangle.
        for i in range(n):
            inv[i][j] = numeric_type(1) if p[i] == j else numeric_type(0)
            row = a[i]
            for k in range(i):
                inv[i][j] -= row[k] * inv[k][j]
        # Back substitution with the upper triangle.
        for i in range(n - 1, -1, -1):
            row = a[i]
            for k in range(i + 1, n):
                inv[i][j] -= row[k] * inv[k][j]
            inv[i][j] /= row[i]
    return inv


def invert(m, numeric_type=float):
    """The inverse of m (m is left untouched)."""
    a = [list(row) for row in m]
    p = lup_decompose(a)
    return lup_invert(a, p, numeric_type)


def run_job(invert_all, argv, defaults):
    """The seminar jobs' main: seeds the generator, makes the matrices,
    times invert_all(matrices, *extra) and prints the sum of the inverses'
    [50][50] elements and the time. `argv` (ints) overrides `defaults`:
    (N, COUNT, extra arguments...)."""
    import datetime
    settings = [int(a) for a in argv[:len(defaults)]] + list(defaults[len(argv):])
    n, count, extra = settings[0], settings[1], settings[2:]
    random.seed(42)
    matrices = [generate_matrix(n) for _ in range(count)]
    start = datetime.datetime.utcnow()
    inverses = invert_all(matrices, *extra)
    elapsed = (datetime.datetime.utcnow() - start).total_seconds()
    k = min(50, n - 1)
    print('{}'.format(sum(inv[k][k] for inv in inverses)))
    print('{0:.3f}s'.format(elapsed))

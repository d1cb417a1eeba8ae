"""The exact variant: invert a 4x4 matrix of Fractions, so the inverse is
exact, and print it row by row."""

import random
from fractions import Fraction

from helper import *

random.seed(7)
n = 4
m = [[Fraction(random.randint(-10, 10), 1) for _ in range(n)] for _ in range(n)]
inv = invert(m, Fraction)
for row in inv:
    print('[ ' + ', '.join(str(x) for x in row) + ' ]')

# The product with the original is exactly the identity.
identity = [[sum(m[i][k] * inv[k][j] for k in range(n)) for j in range(n)] for i in range(n)]
print(identity == [[Fraction(int(i == j)) for j in range(n)] for i in range(n)])

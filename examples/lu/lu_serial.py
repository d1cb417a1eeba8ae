"""The seminar's serial job: invert four random 300x300 matrices in pure
Python and print the sum of their [50][50] elements and the time taken."""

import datetime
import random

from helper import *

N = 300
COUNT = 4

random.seed(42)
matrices = [generate_matrix(N) for _ in range(COUNT)]

start = datetime.datetime.utcnow()
inverses = [invert(m) for m in matrices]
elapsed = (datetime.datetime.utcnow() - start).total_seconds()

print('{}'.format(sum(inv[50][50] for inv in inverses)))
print('{0:.3f}s'.format(elapsed))

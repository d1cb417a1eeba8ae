# The seminar's threaded and queue LU jobs (examples/lu) at a small size:
# the same digits as the serial job.
import random
import sys

sys.path.insert(0, "../../../examples/lu")
import helper
import lu_queue
import lu_threads

for n, count in [(12, 4), (30, 3)]:
    random.seed(42)
    matrices = [helper.generate_matrix(n) for _ in range(count)]
    serial = [helper.invert([row[:] for row in m]) for m in matrices]
    threaded = lu_threads.invert_all([[row[:] for row in m] for m in matrices])
    queued = lu_queue.invert_all([[row[:] for row in m] for m in matrices], workers=3)
    k = min(10, n - 1)
    print(sum(inv[k][k] for inv in serial), threaded == serial, queued == serial)

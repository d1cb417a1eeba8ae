# The course's multi-process LU jobs (examples/lu) at a small size: one
# Process per matrix appending to its own copy of a list (the parent's
# stays empty), processes putting results on a Queue, and Pool.map.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "examples", "lu"))

import lu_processes
import lu_mp_queue
import lu_pool
import random
from helper import generate_matrix

if __name__ == "__main__":
    random.seed(42)
    matrices = [generate_matrix(12) for _ in range(3)]
    print(lu_processes.invert_all(matrices))
    for module in (lu_mp_queue, lu_pool):
        inverses = module.invert_all(matrices)
        print(module.__name__, len(inverses), sum(inv[5][5] for inv in inverses))

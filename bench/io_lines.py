"""Iterating over the lines of a 2,000,000-line text file, as a log or
CSV reader does (the file is written first, in a scratch directory)."""

import os
import tempfile

with tempfile.TemporaryDirectory() as scratch:
    path = os.path.join(scratch, "lines.txt")
    with open(path, "w") as f:
        f.write("\n".join(map(str, range(2_000_000))))
        f.write("\n")
    count = 0
    chars = 0
    with open(path) as f:
        for line in f:
            count += 1
            chars += len(line)
    with open(path, "rb") as f:
        binary = sum(1 for _ in f)
    print(count, chars, binary)

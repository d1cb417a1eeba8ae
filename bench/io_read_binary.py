"""Reading a 100 MB binary file: whole, and in 1 MB chunks (the file is
written first, in a scratch directory)."""

import os
import tempfile

with tempfile.TemporaryDirectory() as scratch:
    path = os.path.join(scratch, "data.bin")
    block = bytes(range(256)) * 4096
    with open(path, "wb") as f:
        for _ in range(100):
            f.write(block)
    total = 0
    for _ in range(3):
        with open(path, "rb") as f:
            data = f.read()
        total += len(data)
    with open(path, "rb") as f:
        while True:
            chunk = f.read(1 << 20)
            if not chunk:
                break
            total += chunk[-1]
    print(total)

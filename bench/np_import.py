"""`import numpy` in a fresh process, five times (the start-up cost)."""

import subprocess
import sys
import time

from _numpy_env import timed

setup = "import sys; sys.path[:0] = " + repr([p for p in sys.path if "ferropy-record-numpy" in p])
start = time.perf_counter()
for _ in range(5):
    subprocess.run([sys.executable, "-c", setup + "; import numpy"], check=True)
# The interpreter's own start-up is not numpy's: subtract it.
base = time.perf_counter()
for _ in range(5):
    subprocess.run([sys.executable, "-c", setup], check=True)
end = time.perf_counter()
timed(((base - start) - (end - base)) / 5)
print("imported")

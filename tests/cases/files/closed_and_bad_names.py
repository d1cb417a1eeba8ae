# Misused files: bad names and descriptors, and writing after close().
import sys

for bad in ["a\0b", b"a\0b", -1, -5]:
    try:
        open(bad)
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)

import os
for func in (os.stat, os.listdir, os.remove, os.mkdir):
    for name in ("x\0y", b"x\0y"):
        try:
            func(name)
        except ValueError as e:
            print(func.__name__, type(e).__name__, e)

f = open("closed_and_bad_names.tmp", "w")
f.write("x")
f.close()
for op in (lambda: f.write("y"), f.flush, f.read, f.readline, lambda: f.seek(0), f.tell, f.fileno):
    try:
        op()
    except ValueError as e:
        print("closed file:", e)
os.remove("closed_and_bad_names.tmp")

print("before close", flush=True)
sys.stdout.close()
print("closed", sys.stdout.closed, file=sys.stderr)
try:
    print("after close")
except ValueError as e:
    print("print:", e, file=sys.stderr)
try:
    sys.stdout.flush()
except ValueError as e:
    print("flush:", e, file=sys.stderr)
sys.stdout.write("again")

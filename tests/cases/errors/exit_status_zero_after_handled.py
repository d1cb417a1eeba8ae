import sys
try:
    raise ValueError("handled")
except ValueError:
    print("handled fine", file=sys.stderr)
print("done")

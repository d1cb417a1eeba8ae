try:
    x = [0] * (2 ** 62)
except MemoryError as e:
    print("MemoryError", type(e).__name__)
try:
    s = "a" * (2 ** 62)
except (MemoryError, OverflowError) as e:
    print("caught", type(e).__name__)
try:
    b = bytes(2 ** 62)
except (MemoryError, OverflowError) as e:
    print("caught", type(e).__name__)
try:
    l = [1, 2] * (2 ** 62)
except MemoryError as e:
    print("caught", type(e).__name__)
try:
    big = 1 << (2 ** 62)
except (MemoryError, OverflowError) as e:
    print("caught", type(e).__name__)
print("still alive")

import sys
print()
print(1, 2, 3)
print(1, 2, sep="")
print("a", "b", sep=", ", end="!\n")
print("no newline", end="")
print(" continued")
print("to stderr", file=sys.stderr)
print("x", file=None)
print(None, sep=None, end=None)
print("flush", flush=True)
print(*range(5), sep="\n")
try:
    print(sep=5)
except TypeError as e:
    print(e)
try:
    print(end=[])
except TypeError as e:
    print(e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("a", 1, file=w)
print(w.parts)
sys.stdout.write("direct write\n")
print(sys.stdout.write("abc") if False else "skip")

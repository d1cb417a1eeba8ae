class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM("a") as x:
    print("body", x)
with CM("outer"), CM("inner") as y:
    print("nested body", y)
with CM("s", suppress=True):
    raise ValueError("swallowed")
print("after suppress")
try:
    with CM("p"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
def early_return():
    with CM("r"):
        return "returned"
print(early_return())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)

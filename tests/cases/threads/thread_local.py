# threading.local: per-thread attributes, subclasses with __init__.
import threading

data = threading.local()
data.x = "main"
seen = {}


def visit(name):
    seen[name] = [hasattr(data, "x")]
    data.x = name
    seen[name].append(data.x)
    seen[name].append(sorted(vars(data)))


ts = [threading.Thread(target=visit, args=(f"t{i}",)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()), data.x)
try:
    data.missing
except AttributeError as e:
    print("AttributeError", e)
del data.x
print(hasattr(data, "x"), type(data).__name__, type(data).__module__)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)


class Counter(threading.local):
    initial = 10

    def __init__(self, start):
        self.value = start

    def bump(self):
        self.value += 1
        return self.value

    @property
    def doubled(self):
        return self.value * 2


c = Counter(5)
c.bump()
results = []


def use():
    results.append((c.value, c.bump(), c.doubled, c.initial))


t = threading.Thread(target=use)
t.start()
t.join()
print(results, c.value, c.doubled)
try:
    c.nothing
except AttributeError as e:
    print("AttributeError", e)

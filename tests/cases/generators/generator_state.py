def g():
    yield 1
gen = g()
print(gen.gi_running, type(gen).__name__, gen.__name__, gen.__qualname__)
print(next(gen))
print(list(gen), list(gen))
def running():
    yield gen2.gi_running
gen2 = running()
print(next(gen2))
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def infinite():
    n = 0
    while True:
        yield n
        n += 1
for value in infinite():
    if value > 3:
        break
print(value)

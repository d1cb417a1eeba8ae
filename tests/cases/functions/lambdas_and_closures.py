square = lambda x: x * x
print(square(7), (lambda *a, **k: (a, k))(1, z=2), (lambda: 42)())
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, lambda v: v + 1, abs)(-5))
def make_counter():
    n = [0]
    def c():
        n[0] += 1
        return n[0]
    return c
a, b = make_counter(), make_counter()
print(a(), a(), b())
def cell_param(x):
    def get():
        return x
    x += 1
    return get
print(cell_param(10)())
print(square.__name__, (lambda: 0).__name__, compose.__qualname__, make_counter().__qualname__)
print(cell_param(1).__closure__ is not None, square.__closure__)

def make_counters():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counters()
inc(); inc()
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars, make_counters.__code__.co_cellvars)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
x = "global"
def read_global():
    return x
def shadow():
    x = "local"
    def inner():
        return x
    return inner()
def set_global():
    global x
    x = "changed"
print(read_global(), shadow())
set_global()
print(x)
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(e)
    z = 1
free_unbound()
class C:
    v = 1
    w = [v for _ in range(2)] if False else None
    def m(self):
        return v if False else "class scope not visible"
print(C().m())
def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3()
        return l2()
    return l1()
print(deep())
g = (n * n for n in range(3))
n = 100
print(list(g))

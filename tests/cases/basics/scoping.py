x = "global"
def read_global():
    return x
def shadow():
    x = "local"
    return x
def use_global():
    global x
    x = "changed"
print(read_global(), shadow())
use_global()
print(x)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c())
def outer():
    v = 1
    def middle():
        def inner():
            return v
        return inner
    return middle()()
print(outer())
def make_adders():
    return [lambda y, i=i: i + y for i in range(3)]
print([f(10) for f in make_adders()])
def late_binding():
    return [lambda: i for i in range(3)]
print([f() for f in late_binding()])
class C:
    attr = 5
    doubled = [attr * 2 for _ in range(2)] if False else None
    def method(self):
        return attr_missing() if False else C.attr
print(C().method(), C.doubled)
def unbound():
    try:
        print(y)
        y = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound()
def del_then_use():
    z = 1
    del z
    try:
        z
    except NameError as e:
        print(type(e).__name__, e)
del_then_use()

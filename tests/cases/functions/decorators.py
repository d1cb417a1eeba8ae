def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args)
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3), add.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(x):
    return "hi " + x
print(hello("bob"))
def d1(f):
    print("d1 applied")
    return lambda: "d1(" + f() + ")"
def d2(f):
    print("d2 applied")
    return lambda: "d2(" + f() + ")"
@d1
@d2
def base():
    return "base"
print(base())
def class_deco(cls):
    cls.tagged = True
    return cls
@class_deco
class T:
    pass
print(T.tagged)
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one(): pass
@register
def two(): pass
print(registry)

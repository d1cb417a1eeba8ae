def f(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{"c": 7, "z": 8}))
def posonly(a, b, /, c, *, d):
    return a, b, c, d
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([5]))
def kwonly_defaults(*, a=1, b):
    return a, b
print(kwonly_defaults(b=2), kwonly_defaults(a=5, b=6))
def anns(x: int, y: "str" = "s") -> list:
    return [x, y]
print(anns(1), anns.__annotations__)
def varargs(*args, **kwargs):
    return args, sorted(kwargs.items())
print(varargs(), varargs(1, 2, x=3, y=4))
print(varargs(*range(3), *"ab", **{"k": 1}, **{"j": 2}))
def unpack_call(a, b, c):
    return a * 100 + b * 10 + c
print(unpack_call(*(1, 2), 3), unpack_call(1, *[2], **{"c": 3}))
for call in [lambda: f(), lambda: f(1, 2), lambda: posonly(1, b=2, c=3, d=4), lambda: f(1, c=1, a=2), lambda: unpack_call(1, 2, 3, 4), lambda: unpack_call(1, 2, d=3), lambda: kwonly_defaults(1, b=2), lambda: defaults(1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

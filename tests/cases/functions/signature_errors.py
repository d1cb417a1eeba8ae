def pos_only(a, b, /, c):
    return a, b, c
def kw_only(a, *, b, c=3):
    return a, b, c
def varargs(*args, **kwargs):
    return args, kwargs
def defaults(a, b=2, *args, d=4, **kw):
    return a, b, args, d, kw

print(pos_only(1, 2, 3), pos_only(1, 2, c=3), kw_only(1, b=2), varargs(), defaults(1), defaults(1, 2, 3, d=5, e=6))
calls = [
    lambda: pos_only(1, b=2, c=3),
    lambda: pos_only(1, 2),
    lambda: kw_only(1, 2),
    lambda: kw_only(1),
    lambda: kw_only(1, b=2, d=4),
    lambda: defaults(),
    lambda: defaults(1, a=2),
    lambda: varargs(**{"a": 1}, a=2),
    lambda: pos_only(),
    lambda: (lambda x, y, z: 0)(1),
    lambda: (lambda x, *, y, z: 0)(1),
    lambda: (lambda: 0)(x=1),
    lambda: (lambda *, a: 0)(1, 2),
    lambda: (lambda a, b=1: 0)(1, 2, 3),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
class K:
    def m(self, x):
        return x
    @classmethod
    def c(cls, x):
        return x
try:
    K().m()
except TypeError as e:
    print(e)
try:
    K().m(1, 2)
except TypeError as e:
    print(e)
try:
    K.c()
except TypeError as e:
    print(e)
try:
    K.m(1)
except TypeError as e:
    print(e)
print(pos_only.__code__.co_posonlyargcount, kw_only.__code__.co_kwonlyargcount, kw_only.__kwdefaults__, defaults.__defaults__)

a, b, c = "xyz"; print(a, b, c)
(a, b), c = [1, 2], 3; print(a, b, c)
a, *rest = range(5); print(a, rest)
first, *mid, last = [1]  if False else [1, 2]; print(first, mid, last)
[x, [y, *z]] = [1, (2, 3, 4)]; print(x, y, z)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
for errsrc in ("a, b = [1]", "a, b = [1, 2, 3]", "a, *b, c = [1]", "a, b = 5"):
    try:
        exec(errsrc)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *{4: 0}], {**{"a": 1}, "b": 2, **dict(c=3)}, (*[1],), {*"aba"} == {"a", "b"})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)

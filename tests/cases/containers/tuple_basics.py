t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], t + (4,), t * 2, len(t), t.count(2), t.index(3), 2 in t, (1,), (), tuple())
a, *b = t; print(a, b)
*c, d = t; print(c, d)
(e, f), g = (1, 2), 3; print(e, f, g)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)))
print(hash(()), hash((1,)), hash((1, 2)), hash(("a",)) == hash(("a",)), hash((1, (2, 3))))
try:
    hash((1, []))
except TypeError as e:
    print(e)
try:
    t[0] = 5
except TypeError as e:
    print(e)
print(tuple([1, 2]), tuple("ab"), tuple(range(2)), tuple(x * x for x in range(4)), repr((1,)), str(("a", 1)))
x = 1,
print(x, type(x).__name__)
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested, max((1, 5), (2, 0)), sorted([(2, "b"), (1, "z"), (2, "a")]))

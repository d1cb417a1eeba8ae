x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
def outer():
    values = [1, 2, 3]
    return list(v * scale for v in values for scale in (1, 10))
print(outer())
nested = ((i, j) for i in range(2) for j in (i, i + 1))
print(list(nested))
def gen_in_class():
    class K:
        data = [1, 2]
        squares = [d * d for d in data]
    return K.squares
print(gen_in_class())
it = iter([1, 2, 3])
print(list(x for x in it if x != 2), list(it))

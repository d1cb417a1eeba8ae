a = 1
b = [1, 2, 3]
del a, b[1]
print(b)
try:
    a
except NameError as e:
    print(e)
d = {"x": 1, "y": 2}
del d["x"]
print(d)
class K:
    v = 1
k = K()
k.w = 2
del k.w
print(hasattr(k, "w"), hasattr(k, "v"))
del K.v
print(hasattr(k, "v"))
x = y = 3
del x
print(y)

fs = [lambda x: x + 1, lambda x: x.upper()]
print(fs[0](1))
print(fs[1](1))

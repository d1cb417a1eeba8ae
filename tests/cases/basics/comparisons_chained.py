print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, 3 > 2 > 1 > 0, 1 < 2 > 1.5, "a" < "b" <= "b")
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(0) < v(5), calls)
print(1 in [1, 2] in [[1, 2]], (1 is 1) if False else "skip", None is None is not False)
print([1, 2] == [1, 2.0], (1, 2) < (1, 2, 3), {1: 2} == {1: 2.0}, {1, 2} <= {1, 2, 3} < {1, 2, 3, 4})
print(float("nan") != float("nan"), 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 10**20 == 1e20, 2**53 + 1 == 2.0**53)
print(1 == 1.0, hash(1) == hash(1.0), True == 1, "1" == 1, [] == (), None == 0, 0 == -0.0)
print(max(1, 2.5, 2), min("b", "a", "c"), sorted([3, 1.5, 2, True]), 5 if 1 < 2 else 6)
x = 5
print(0 < x <= 5, not 0 < x < 5, x not in (1, 2), x is not None)

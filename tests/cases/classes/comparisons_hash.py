class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and self.v == o.v
print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq.__hash__)
try:
    hash(Eq(1))
except TypeError as e:
    print("TypeError:", e)
class Both:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return hash(self.v)
print(len({Both(1), Both(1), Both(2)}), {Both(3): "x"}[Both(3)])
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Ord({self.v})"
print(sorted([Ord(3), Ord(1), Ord(2)]), max([Ord(3), Ord(5)]), Ord(1) > Ord(0))
try:
    Ord(1) <= Ord(2)
except TypeError as e:
    print("TypeError:", e)
try:
    1 < "a"
except TypeError as e:
    print("TypeError:", e)
print(1 == 1.0, 1 == True, hash(1) == hash(1.0) == hash(True), (1, 2) < (1, 3), [1, 2] < [1, 2, 0], "abc" < "abd")
print(None == None, None == 0, object() == object(), float("nan") == float("nan"))
nan = float("nan")
print(nan in [nan], [nan] == [nan], nan is nan)
class AlwaysEq:
    def __eq__(self, o): return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() in [1, 2], [1] == [AlwaysEq()])

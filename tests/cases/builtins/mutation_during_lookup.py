import types
GA = types.GenericAlias
class Sub(GA):
    pass
a = GA(list, (int,))
print(repr(a), a == list[int], hash(a) == hash(list[int]))
try:
    s = Sub(list, (int,))
    print(repr(s), s == a)
except Exception as e:
    print(type(e).__name__)
for call in (lambda: GA.__repr__(5), lambda: GA.__eq__(a, Sub.__new__(Sub, dict, (str,))), lambda: GA.__hash__(3)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError")
try:
    types.FunctionType.__new__()
except TypeError as e:
    print(e)
s = {1, 2, 3}
class Evil:
    def __hash__(self): return 1
    def __eq__(self, other):
        s.clear()
        return False
s2 = {Evil() for _ in range(3)}
print(len(s & {1}), len({Evil()} & s2) >= 0)


class Grow:
    """Equal to nothing; its comparison fills the set being searched."""

    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 7

    def __eq__(self, other):
        for i in range(100):
            self.target.add(i * 1000 + 7 * 1000003)
        return False


target = set()
target.add(Grow(target))
probe = Grow(target)
print(probe in target, len(target) > 50)

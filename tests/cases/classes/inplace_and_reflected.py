class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __add__(self, o):
        return Acc(self.v + o)
    def __radd__(self, o):
        return Acc(o + self.v)
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return Acc(self.v - o)
    def __repr__(self):
        return f"Acc({self.v})"

a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2
print(a, a is orig)
print(10 + Acc(1), Acc(1) + 10)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias)

class Base:
    def __add__(self, o): return "Base.__add__"
    def __radd__(self, o): return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o): return "Derived.__radd__"
print(Base() + Derived(), Derived() + Base())
class Only:
    def __rsub__(self, o): return f"rsub {o}"
print(5 - Only())
try:
    Only() - 5
except TypeError as e:
    print(e)
class Cmp:
    def __eq__(self, o): return "eq result"
    def __lt__(self, o): return NotImplemented
print(Cmp() == 1, 1 == Cmp())
try:
    Cmp() < Cmp()
except TypeError as e:
    print(e)

class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
print(super(B, D()).who(), super(D, D()).who.__self__.__class__.__name__)
class E(D):
    def who(self):
        return super(D, self).who()
print(E().who())
class F:
    @classmethod
    def make(cls):
        return cls.__name__
class G(F):
    @classmethod
    def make(cls):
        return "G+" + super().make()
print(G.make(), G().make())
try:
    super(int, "x")
except TypeError as e:
    print(e)
def outside():
    return super().__init__()
try:
    outside()
except RuntimeError as e:
    print(e)
class H:
    def method(self):
        def inner():
            return __class__.__name__
        return inner()
print(H().method())

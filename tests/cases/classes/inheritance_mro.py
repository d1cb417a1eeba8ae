class A:
    def who(self): return "A"
    def chain(self): return ["A"]
class B(A):
    def who(self): return "B"
    def chain(self): return ["B"] + super().chain()
class C(A):
    def who(self): return "C"
    def chain(self): return ["C"] + super().chain()
class D(B, C):
    def chain(self): return ["D"] + super().chain()
print([k.__name__ for k in D.__mro__])
print(D().who(), D().chain())
print(D.mro() == list(D.__mro__), D.__bases__, D.__base__)
print(issubclass(D, A), issubclass(A, D), isinstance(D(), C))
class X: pass
class Y: pass
class Z(X, Y): pass
try:
    class Bad(X, Z): pass
except TypeError as e:
    print("TypeError:", e)
class Meta(type): pass
print(type(A), type(type), type(Meta), Meta.__mro__)
class P:
    def __init__(self, x):
        self.x = x
class Q(P):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
q = Q(1, 2)
print(q.x, q.y, vars(q))
class R(Q):
    def __init__(self):
        super(Q, self).__init__(99)
print(vars(R()))

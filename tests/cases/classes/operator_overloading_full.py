class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def __add__(self, o): return V(*(a + b for a, b in zip(self.c, o.c))) if isinstance(o, V) else NotImplemented
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __sub__(self, o): return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return V(*(a * k for a in self.c)) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __truediv__(self, k): return V(*(a / k for a in self.c))
    def __floordiv__(self, k): return V(*(a // k for a in self.c))
    def __mod__(self, k): return V(*(a % k for a in self.c))
    def __pow__(self, k, mod=None): return V(*(pow(a, k, mod) for a in self.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __invert__(self): return V(*reversed(self.c))
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __lt__(self, o): return abs(self) < abs(o)
    def __le__(self, o): return abs(self) <= abs(o)
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __contains__(self, x): return x in self.c
    def __iter__(self): return iter(self.c)
    def __lshift__(self, n): return V(*(a << n for a in self.c))
    def __rshift__(self, n): return V(*(a >> n for a in self.c))
    def __and__(self, o): return V(*(a & b for a, b in zip(self.c, o.c)))
    def __or__(self, o): return V(*(a | b for a, b in zip(self.c, o.c)))
    def __xor__(self, o): return V(*(a ^ b for a, b in zip(self.c, o.c)))
    def __divmod__(self, k): return (self // k, self % k)
    def __round__(self, n=None): return V(*(round(a, n) for a in self.c))
    def __int__(self): return int(abs(self))
    def __float__(self): return float(abs(self))
    def __complex__(self): return complex(self.c[0], self.c[1])
    def __index__(self): return len(self.c)

a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 2, 3 * a, a @ b, a / 2, b // 2, b % 3, a ** 2, pow(a, 2, 3))
print(-a, +a, abs(b), ~a, a == V(1, 2), a != b, a < b, a <= b, a > b, a >= b, sorted([b, a]))
print(bool(V(0, 0)), len(a), a[1], 2 in a, list(a), sum([a, b]), a << 2, b >> 1, a & b, a | b, a ^ b)
print(divmod(b, 2), round(V(1.26, 2.5), 1), int(b), float(b), complex(a), [10, 20, 30][V(1, 2)], bin(V(1,2,3)))
try:
    a + 1
except TypeError as e:
    print(e)
try:
    "s" * a
except TypeError as e:
    print(e)
c = V(1, 1)
c += V(1, 1)
c *= 3
print(c, {a: "hashable"}[V(1, 2)])

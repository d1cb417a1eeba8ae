class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k, mod=None):
        return V(pow(self.x, k, mod), pow(self.y, k, mod))
    def __lt__(self, o):
        return abs(self) < abs(o)
v, w = V(1, 2), V(3, 4)
print(v + w, v * 3, 3 * v, -v, abs(w), v @ w, w / 2, w // 2, w % 3, v ** 2, pow(w, 2, 5))
print(sum([v, w]), v == V(1, 2), v != w, v < w, sorted([w, v]), bool(V(0, 0)))
u = v
u += w
print(u, v, u is v, len({V(1, 1), V(1, 1)}))
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v - w
except TypeError as e:
    print("TypeError:", e)
class Num:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
    def __int__(self): return self.n
    def __float__(self): return float(self.n)
print([10, 20, 30][Num(1)], bin(Num(5)), int(Num(7)), float(Num(2)), "ab" * Num(2), range(Num(3)))
class Sub(int):
    def __add__(self, o):
        return "Sub.add"
    def __radd__(self, o):
        return "Sub.radd"
print(Sub(1) + 1, 1 + Sub(1), Sub(5) * 2, type(Sub(5) * 2).__name__)

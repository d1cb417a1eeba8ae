class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __eq__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __reversed__(self):
        return iter((self.y, self.x))
    def __contains__(self, v):
        return v in (self.x, self.y)

v = Vec(1, 2)
x, y = v
print(x, y, list(v), tuple(v), list(reversed(v)), v[0], v[-1], 2 in v, len(v), {v, Vec(1, 2)}, v == Vec(1, 2))
print(v == (1, 2), v != Vec(2, 1), sorted([Vec(2, 1), Vec(1, 2)], key=tuple), dict([v]), max(v), sum(v))
print(*v, sep="|")
match v:
    case Vec(1, y2):
        print("matched y =", y2)
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value
    def __delitem__(self, idx):
        r, c = idx
        self.rows[r][c] = None
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 20
del m[1, 0]
print(m[0, 1], m.rows)

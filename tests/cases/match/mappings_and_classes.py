def m(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle {r} {rest}"
        case {}:
            return "some mapping"
        case _:
            return "other"

for v in ({"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "c": 1}, {"a": 1}, {}, [1]):
    print(m(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def c(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s}"
        case [Point(x=a), Point(x=b)]:
            return f"two points {a} {b}"
        case _:
            return "unknown"

for v in (Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), 7, 2.5, "s",
          [Point(1, 1), Point(2, 2)], None):
    print(c(v))

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

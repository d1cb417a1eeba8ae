# dataclasses: generated methods, defaults, factories, frozen, order,
# inheritance, fields/asdict/astuple/replace, and the errors.
from dataclasses import FrozenInstanceError, asdict, astuple, dataclass, field, fields, is_dataclass, replace


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), Point.__doc__, Point.__match_args__, hash(Point) is not None)
print(Point.__hash__ is None, is_dataclass(p), is_dataclass(Point), is_dataclass(1))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()


v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2)), {v1, Version(1, 2)} == {v1})
try:
    v1.major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)


a, b = Inventory("a"), Inventory("a")
a.items.append(1)
print(a, b, a.items is not b.items, Inventory("x", secret="1") == Inventory("x", secret="2"))
print([f.name for f in fields(Inventory)], fields(a)[1].default_factory is list)


@dataclass
class Point3(Point):
    z: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


q = Point3(1, -2, 3)
print(q, q.norm1(), asdict(q), astuple(q), replace(q, z=9), Point3.__match_args__)


@dataclass
class Line:
    start: Point
    end: Point
    labels: dict = field(default_factory=dict)


line = Line(Point(0, 0), Point(1, 1), {"k": [Point(2, 2)]})
print(asdict(line), astuple(line))


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        self.b = self.a * 2


print(WithPost(5))
for bad in ["Point()", "Point(1, 2, 3)", "Point(1, z=2)", "replace(p, w=1)", "asdict(1)", "fields(1)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError", e)

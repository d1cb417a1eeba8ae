import dataclasses
import pickle
import weakref
from dataclasses import dataclass, field


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass(slots=True)
class Point:
    x: float
    y: float = 0.0
    tags: list = field(default_factory=list)

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3, 4)
print(p, p.norm(), Point.__slots__, hasattr(p, "__dict__"), Point(1), Point.__qualname__)
attempt("new attribute", lambda: setattr(p, "z", 1))
print(dataclasses.fields(Point)[1].default, dataclasses.asdict(p), Point.__match_args__)
attempt("weakref", lambda: weakref.ref(p))


@dataclass(slots=True, frozen=True)
class Key:
    name: str
    version: int = 1


k = Key("a")
print(k, hash(k) == hash(Key("a")), Key.__slots__)
attempt("frozen set", lambda: setattr(k, "name", "b"))
attempt("frozen del", lambda: delattr(k, "version"))
print(pickle.loads(pickle.dumps(k)), pickle.loads(pickle.dumps(p)))


@dataclass(slots=True, weakref_slot=True)
class Node:
    value: int


n = Node(5)
print(Node.__slots__, weakref.ref(n)() is n)


@dataclass(slots=True)
class Point3(Point):
    z: float = 0.0


q = Point3(1, 2, tags=[1], z=3)
print(q, Point3.__slots__, q.norm())


@dataclass(order=True, slots=True)
class Version:
    major: int
    minor: int = 0


print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1))
attempt("weakref_slot without slots", lambda: dataclass(weakref_slot=True)(type("C", (), {"__annotations__": {}})))


class HasSlots:
    __slots__ = ("a",)
    __annotations__ = {"a": int}


attempt("already slots", lambda: dataclass(slots=True)(HasSlots))

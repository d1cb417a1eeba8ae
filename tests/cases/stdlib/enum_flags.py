import enum
from enum import Flag, IntFlag, auto


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


class Mode(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4


print(list(Perm), len(Perm), list(Perm.__members__))
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), (Perm.R | Perm.W).name, (Perm.R | Perm.W).value)
print(repr(Perm(0)), str(Perm(0)), Perm(0).name, bool(Perm(0)), bool(Perm.R))
print(repr(Perm.RWX), repr(~Perm.R), repr(~Perm.RWX), repr(Perm.R & Perm.W), repr(Perm.RWX ^ Perm.W))
print(Perm.R in Perm.RWX, Perm.RWX in Perm.R, list(Perm.R | Perm.X), len(Perm.R | Perm.X), len(Perm(0)))
print(repr(Perm(6)), Perm(6) is (Perm.R | Perm.W), Perm["RWX"], hash(Perm.R) == hash(Perm.R))
attempt("strict", lambda: Perm(8))
attempt("strict neg", lambda: Perm(-1))
print([c.value for c in Color], repr(Color.WHITE), repr(Color.RED | Color.BLUE), str(Color.GREEN))
print(repr(Mode.READ | Mode.WRITE), str(Mode.READ | Mode.WRITE), Mode.READ | 8, repr(Mode.READ | 8), repr(Mode(9)))
print(Mode.WRITE + 1, Mode.READ == 1, int(Mode.EXEC), isinstance(Mode.READ, int), repr(~Mode.READ), repr(Mode(0)))
print(format(Mode.READ), f"{Perm.R}", format(Perm.R | Perm.W), Mode.READ | Mode.EXEC in Mode, 3 in Mode if False else "")
print(repr(Mode.READ & 3), repr(1 | Mode.WRITE), repr(Mode.WRITE ^ Mode.WRITE), Mode(3).name)
print(Perm.R.__class__.__mro__, Mode.__mro__)
print(type(Perm.R | Perm.W) is Perm, (Perm.R | Perm.W) == Perm(6), Perm.R < Perm.W if False else "")
attempt("bad op", lambda: Perm.R | 1)
attempt("bad flag", lambda: Perm.R | Mode.READ)

Animal = enum.Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal(3)))
Shape = enum.Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
print(list(Shape), Shape.__module__ if False else "")
Status = enum.IntEnum("Status", {"OK": 200, "MISSING": 404})
print(Status.OK + 1, repr(Status(404)))
Bits = Flag("Bits", "A B C")
print(list(Bits), repr(Bits.A | Bits.C))


class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.MARS.mass, Planet.EARTH.value)
print(enum.Flag.__mro__, issubclass(enum.IntFlag, int))

# enum: Enum, IntEnum, StrEnum, auto, unique, lookups and errors.
from enum import Enum, IntEnum, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()} ({self.value})"


print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, len(Color), list(Color))
print(Color.RED.name, Color.RED.value, Color.RED.describe(), Color.RED in Color, Color.RED == Color.RED, Color.RED == 1)
print(list(Color.__members__), {Color.RED: "r"}[Color.CRIMSON], type(Color.RED).__name__, isinstance(Color.RED, Color), repr(Color))
print(f"{Color.RED}", "{:>12}|".format(Color.BLUE), sorted(Color, key=lambda c: c.value)[-1])


class Level(IntEnum):
    LOW = 1
    HIGH = 10


print(Level.LOW, repr(Level.HIGH), Level.LOW < Level.HIGH, Level.HIGH + 1, Level(10), int(Level.LOW), f"{Level.HIGH}", Level.LOW == 1)


class Step(Enum):
    ONE = auto()
    TWO = auto()
    THREE = auto()


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(list(Step), [s.value for s in Step], Mode.READ, repr(Mode.WRITE), Mode.READ == "read", Mode("w"))
for expr in ["Color(7)", "Color['PINK']", "Color.RED < Color.BLUE"]:
    try:
        eval(expr)
    except Exception as e:
        print(expr, type(e).__name__, e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)

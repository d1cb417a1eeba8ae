# dataclasses: ClassVar and InitVar annotations (also as strings under
# `from __future__ import annotations`), and a class's own __init__ kept.
from __future__ import annotations
import dataclasses, typing
from typing import ClassVar

@dataclasses.dataclass
class A:
    x: ClassVar = 3
    y: int
    z: typing.ClassVar[int] = 4
    w: ClassVar[str] = "s"
    v: int = 5
print(A(1), [f.name for f in dataclasses.fields(A)], A.x, A.z, A.w, sorted(A.__dataclass_fields__))

@dataclasses.dataclass
class B:
    a: int
    flag: dataclasses.InitVar[bool] = False
    def __post_init__(self, flag):
        print("post_init", flag)
print(B(1, True), [f.name for f in dataclasses.fields(B)])

@dataclasses.dataclass
class Own:
    a: int
    b: str
    def __init__(self, a, *, extra=0):
        self.a = a
        self.b = str(extra)
print(Own(1, extra=5), Own(2) == Own(2))
try:
    @dataclasses.dataclass
    class Bad:
        x: ClassVar[list] = dataclasses.field(default_factory=list)
except TypeError as e:
    print(e)

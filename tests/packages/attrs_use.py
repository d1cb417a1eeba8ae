import attr
@attr.s(auto_attribs=True, frozen=True)
class P:
    x: int
    y: int = 0
print(P(1), P(1, 2) == P(1, 2), attr.asdict(P(3, 4)))

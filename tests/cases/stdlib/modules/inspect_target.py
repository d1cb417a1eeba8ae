"""A module whose source inspect reads."""


def decorate(f):
    return f


@decorate
def area(width: float, height: float = 2.0, *, unit: str = "m") -> str:
    """The area, with its unit.

        Indented detail.
    """
    return f"{width * height}{unit}"


class Shape:
    """A shape."""

    sides = 0

    def __init__(self, name, /, sides=0, *extra, color="red", **options):
        self.name = name

    def describe(self):
        return self.name


square = lambda s: s * s  # noqa: E731

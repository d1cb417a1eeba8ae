"""Tools for points.

More words here.
"""

X = 5
NAME = "pt"


class Point:
    """A point."""

    def norm(self):
        return 1


class Point3(Point):
    pass


def foo(x, y=2):
    """Add things."""
    return x + y


def _hidden():
    pass

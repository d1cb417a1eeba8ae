# help() on functions and methods: signature and cleaned docstring.
def foo(x, y):
    'Multiply x and y,\n    then add 17.'
    return x * y + 17


async def g(a: int, b='x', *c, d, e: float = 2.5, **f) -> str:
    pass


def positional(a, b=2, /, c=3):
    """One line."""


class C:
    def m(self, z=None):
        """A method.

        With more lines.
        """


help(foo)
help(g)
help(C().m)
help(C.m)
help(positional)
help(lambda q, r=1: q)

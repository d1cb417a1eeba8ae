# Throwing a class into a generator makes the instance the way CPython
# normalizes it: a __new__ that returns a non-exception, or an __init__
# that raises, is what the generator sees at its yield; `raise` of such a
# class names the wrong type by its repr.
class E(Exception):
    def __new__(cls, *a):
        return cls


class F(Exception):
    def __new__(cls, *a):
        return 42


def gen():
    try:
        yield 1
    except BaseException as e:
        print("inside", type(e).__name__)
        raise


for exc in (E, F):
    g = gen()
    next(g)
    try:
        g.throw(exc)
    except TypeError as e:
        print("TypeError", e)
    try:
        raise exc
    except TypeError as e:
        print("TypeError", e)


class G(Exception):
    def __init__(self, *a):
        raise ValueError("from __init__")


g = gen()
next(g)
try:
    g.throw(G)
except ValueError as e:
    print("ValueError", e)
g = gen()
next(g)
try:
    g.throw(G, G.__new__(G))
except BaseException as e:
    print(type(e).__name__, e)

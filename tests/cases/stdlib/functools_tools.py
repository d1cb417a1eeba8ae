# functools: reduce, partial, wraps, lru_cache/cache, total_ordering,
# cmp_to_key, cached_property, singledispatch.
import functools
import operator


print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.mul, [], 1), functools.reduce(lambda a, b: a + b, ["x"], "y"))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


square = functools.partial(power, exp=2)
cube_mod = functools.partial(functools.partial(power, exp=3), mod=5)
print(square(7), cube_mod(3), square.func is power, square.args, square.keywords, cube_mod.keywords)
print(repr(functools.partial(max, 1, 2, key=abs)))


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@logged
def documented(x):
    """Doubles x."""
    return 2 * x


print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(21))


@functools.lru_cache(maxsize=2)
def slow_square(n):
    print("computing", n)
    return n * n


print(slow_square(3), slow_square(3), slow_square(4), slow_square(5), slow_square(3))
print(slow_square.cache_info(), slow_square.cache_parameters())
slow_square.cache_clear()
print(slow_square.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().currsize, fib.__name__)


@functools.lru_cache
def ident(x):
    return x


print(ident(1), ident(1.0), ident.cache_info())


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Version(1))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda x, y: y - x)))


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)


@functools.singledispatch
def describe(x):
    return "thing"


@describe.register
def _(x: int):
    return "int"


@describe.register(list)
def _(x):
    return "list"


print(describe(1), describe([1]), describe("s"), describe(True))

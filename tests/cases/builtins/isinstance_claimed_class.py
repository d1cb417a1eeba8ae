# isinstance consults an overridden __class__ after the real class fails,
# and list() asks a class's __len__ for a size before iterating.
class Base:
    pass


class Pretender:
    @property
    def __class__(self):
        return Base


class Plain:
    pass


print(isinstance(Pretender(), Base), isinstance(Pretender(), Pretender), isinstance(Plain(), Base))
print(type(Pretender()).__name__, Pretender().__class__.__name__)


class Counted:
    calls = 0

    def __len__(self):
        Counted.calls += 1
        return 2

    def __iter__(self):
        return iter([1, 2])


print(list(Counted()), Counted.calls)
x = []
x.extend(Counted())
print(x, Counted.calls)


class BadLen:
    def __len__(self):
        raise ValueError("no length")

    def __iter__(self):
        return iter([])


class TypeErrLen:
    def __len__(self):
        raise TypeError("ignored")

    def __iter__(self):
        return iter([3])


try:
    list(BadLen())
except ValueError as e:
    print("ValueError", e)
print(list(TypeErrLen()))

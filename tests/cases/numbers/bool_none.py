print(True, False, None, repr(True), str(None), bool(), bool(0), bool(""), bool([]), bool([0]), bool(0.0), bool(0j))
print(True == 1, False == 0, True is True, True + 1, True & False, True | False, True ^ True, ~False)
print(type(True).__name__, type(None).__name__, isinstance(False, int), issubclass(bool, int))
print(hash(True), hash(False), hash(None) == hash(None), int(True), float(False), str(True).upper())
print(None == None, None is None, None != 0, not None, [None] * 2, {None: 1}[None])
try:
    bool.__new__(bool, 1)
    class B(bool):
        pass
except TypeError as e:
    print(e)
print(True.__class__, bool.__mro__, (True).real, (True).bit_length())
print(sorted([True, False, 2, -1]), max(True, 0.5), sum([True] * 5))
print(type(None)(), repr(NotImplemented), repr(...), Ellipsis is ..., bool(NotImplemented) if False else "skip")

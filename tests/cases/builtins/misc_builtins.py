print(repr(range(3)), repr(slice(1)), repr(frozenset()), repr(set()), repr({}), repr([]), repr(()), repr(""))
print(isinstance(NotImplemented, type(NotImplemented)), Ellipsis, ...)
print(list(iter([1, 2]).__iter__()), next(iter("x")), sorted(iter({3, 1, 2})))
print(staticmethod, classmethod, property, super, object, type, int, float, str, bytes, list, dict, set, tuple)
print(bool, complex, frozenset, bytearray, range, slice, enumerate, zip, map, filter, reversed)
print(__name__, __builtins__.__name__ if hasattr(__builtins__, "__name__") else "dict", __doc__)
import builtins
print(builtins.len is len, builtins.__name__, "open" in dir(builtins), builtins.True_ if hasattr(builtins, "True_") else "no")
builtins.custom_global = 99
print(custom_global)
len = lambda x: "shadowed"
print(len([1]))
del len
print(len([1]))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, -7.0 % 2, 7.0 // -2)
print(max(1, 2, key=lambda x: -x), min("abc", "ab"), sorted(["b", "A", "c"], key=str.casefold))
try:
    max()
except TypeError as e:
    print(e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
print(issubclass(int, object), issubclass(type, object), isinstance(type, type), isinstance(object, type))

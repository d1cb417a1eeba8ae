# help() on built-in classes, their methods and descriptors, and on
# instances (which documents their class); __doc__ of built-in types.
help(list)
help(int)
help(str)
help(bool)
help(complex)
help(list.append)
help(str.join)
help(dict.fromkeys)
help({}.get)
help(int.real)
help([1, 2])
help(3.5j)
help("list.append")
help("str.maketrans")
print(list.__doc__)
print([].__doc__ == list.__doc__, object.__doc__)
print(list.__text_signature__, int.__text_signature__, dict.__text_signature__)
print(list.append.__text_signature__, repr(int.__format__.__doc__), int.__format__.__text_signature__)
print(list.__new__.__self__ is list, list.__new__.__text_signature__)
print(int.real.__doc__, int.real.__name__, int.real.__objclass__)
class Documented:
    """My docs."""
class Plain:
    pass
print(Documented.__doc__, Documented().__doc__, Plain.__doc__, Plain().__doc__, Plain.__text_signature__)
print("__getattribute__" in list.__dict__, "__getattribute__" in int.__dict__)

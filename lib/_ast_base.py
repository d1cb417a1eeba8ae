"""The base class of the AST node classes (lib/_ast.py) and the compile()
flags of the ast module."""

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000


class AST:
    """A node of a Python syntax tree: its children are the attributes
    named in _fields, its location those in _attributes."""

    _fields = ()
    _attributes = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # The node classes show as ast.Name and so on, as CPython's do.
        if cls.__module__ == "_ast":
            cls.__module__ = "ast"

    def __init__(self, *args, **kwargs):
        if len(args) > len(self._fields):
            n = len(self._fields)
            raise TypeError(f"{type(self).__name__} constructor takes at most {n} positional argument"
                            f"{'' if n == 1 else 's'}")
        for name, value in zip(self._fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__

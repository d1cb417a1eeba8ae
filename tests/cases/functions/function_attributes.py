def documented(a, b=1, *, c=2):
    """The doc string."""
    return a
print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__, documented.__module__)
documented.custom = "value"
print(documented.custom, documented.__dict__)
print(documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount, documented.__code__.co_varnames)
def no_doc():
    pass
print(no_doc.__doc__, no_doc() is None)
class A:
    def m(self):
        "method doc"
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        return cls.__name__
print(A.m.__qualname__, A().m.__name__, A.m.__doc__, A.c(), A().c())
print(type(A.m).__name__, type(A().m).__name__, type(A.s).__name__, type(len).__name__)
bound = A().m
print(bound.__self__.__class__.__name__, bound.__func__ is A.m)

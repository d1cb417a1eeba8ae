# A metaclass's own __setattr__/__delattr__ reaching type's through
# super(): the class's methods change at once, even after they were used.
class Meta(type):
    def __setattr__(cls, name, value):
        print("set", name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("del", name)
        super().__delattr__(name)


class Number(int, metaclass=Meta):
    pass


class Plain(metaclass=Meta):
    def greet(self):
        return "hello"


n, p = Number(7), Plain()
print(repr(n), p.greet())
Number.__repr__ = lambda self: f"Number({int(self)})"
Plain.greet = lambda self: "bonjour"
print(repr(n), p.greet())
del Number.__repr__
print(repr(n))
print(type.__setattr__ is type.__dict__["__setattr__"].__get__ if False else callable(type.__setattr__))
try:
    type.__setattr__(int, "x", 1)
except TypeError as e:
    print("TypeError:", e)

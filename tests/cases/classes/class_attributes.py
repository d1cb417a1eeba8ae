class Counter:
    """Counts instances."""
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a, b = Counter(), Counter()
print(Counter.count, a.id, b.id, a.count, Counter.__doc__, Counter.__name__, Counter.__qualname__, Counter.__module__)
a.count = 100
print(a.count, b.count, Counter.count)
class Outer:
    class Inner:
        pass
    def method(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer().method().__qualname__)
print(sorted(k for k in Counter.__dict__ if not k.startswith("__")), type(Counter.__dict__).__name__)
class Private:
    def __init__(self):
        self.__secret = 1
        self._semi = 2
    def reveal(self):
        return self.__secret
p = Private()
print(p.reveal(), p._Private__secret, sorted(vars(p)))
try:
    p.__secret
except AttributeError as e:
    print("AttributeError:", e)
print(Counter.__class__, a.__class__.__name__, isinstance(a, object), issubclass(Counter, object))

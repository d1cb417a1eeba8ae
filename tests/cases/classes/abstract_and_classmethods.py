class Shape:
    registry = {}
    def __init__(self, name):
        self.name = name
    @classmethod
    def create(cls, *args):
        return cls(*args)
    @staticmethod
    def unit():
        return "unit"
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area")

class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side
    def area(self):
        return self.side ** 2

s = Square.create(3)
print(type(s).__name__, s.area(), s.unit(), Square.unit(), Shape.create("x").name)
try:
    Shape("generic").area()
except NotImplementedError as e:
    print(e)
print(Square.create.__self__ is Square, Shape.__dict__["unit"].__class__.__name__, Shape.__dict__["create"].__class__.__name__)
cm = classmethod(lambda cls: cls.__name__)
class Holder:
    name = cm
print(Holder.name(), Holder().name())
sm = staticmethod(len)
print(sm("abc"), sm.__func__ is len)

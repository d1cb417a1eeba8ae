class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        delattr(obj, self.private)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"

class Record:
    count = Typed(int)
    label = Typed(str)
    nd = NonData()

r = Record()
r.count = 5
r.label = "x"
print(r.count, r.label, r.__dict__)
try:
    r.count = "five"
except TypeError as e:
    print(e)
del r.count
print(r.count)
print(r.nd)
r.__dict__["nd"] = "instance wins over non-data"
print(r.nd)
r.__dict__["label"] = "data descriptor wins"
print(r.label)
print(isinstance(Record.__dict__["count"], Typed), Record.count.private)

class Method:
    def m(self):
        return self
obj = Method()
bound = obj.m
print(bound.__self__ is obj, bound.__func__ is Method.m, bound() is obj, Method.m(obj) is obj)
print(bound == obj.m, bound is obj.m)

class Registry:
    subclasses = []
    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Registry.subclasses.append(cls.__name__)

class A(Registry, tag="a"):
    pass
class B(Registry):
    pass
class C(A, tag="c"):
    pass
print(Registry.subclasses, A.tag, B.tag, C.tag)
try:
    class D(Registry, unknown=1):
        pass
except TypeError as e:
    print(e)

class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return f"{self.owner}.{self.name} on instance"

class Model:
    first = Field()
    second = Field()
print(Model.first.name, Model.second.owner, Model().first)
try:
    class Plain(object, flag=True):
        pass
except TypeError as e:
    print(e)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw
        return cls
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
    def __prepare__(name, bases, **kw):
        print("prepare", name)
        return {"prepared": True}
class Base(metaclass=Meta, flag=1):
    def __init__(self, v):
        self.v = v
print(Base.created_by, Base.extra, Base.prepared, type(Base).__name__)
b = Base(5)
print(b.v)
class Child(Base):
    pass
print(type(Child).__name__, Child.created_by)
class Singleton(type):
    instances = {}
    def __call__(cls, *a):
        if cls not in cls.instances:
            cls.instances[cls] = super().__call__(*a)
        return cls.instances[cls]
class Config(metaclass=Singleton):
    pass
print(Config() is Config())
class InitSub:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        InitSub.subclasses.append(cls.__name__)
class S1(InitSub, tag="one"): pass
class S2(InitSub): pass
print(InitSub.subclasses, S1.tag, S2.tag)
Dyn = type("Dyn", (object,), {"x": 5, "hello": lambda self: "hi"})
print(Dyn.x, Dyn().hello(), Dyn.__name__, type(5), type("s") is str)

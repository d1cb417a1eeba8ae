class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self.target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self.target, name)
class T: pass
t = T()
p = Proxy(t)
p.x = 5
print(p.x, t.x, p.log)
del p.x
print(hasattr(t, "x"), p.log)
class GA:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
g = GA()
g.real = 1
print(g.magic, g.real, g.other)
try:
    object().whatever
except AttributeError as e:
    print("AttributeError:", e)
class S:
    __slots__ = ("a", "b")
s = S()
s.a = 1
print(s.a, hasattr(s, "b"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(s, "zz", "default"), getattr(T, "__name__"))

x = 1
print("x" in globals(), globals()["__name__"], sorted(k for k in globals() if not k.startswith("_"))[:3])
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1))
globals()["dyn"] = "created"
print(dyn)
class C:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def method(self):
        pass
print(vars(C())["inst"], "cls_attr" in vars(C), sorted(vars(C()).items()))
print([n for n in dir(C()) if not n.startswith("__")], "__init__" in dir(C))
print(dir(1)[:0], "append" in dir([]), "keys" in dir({}), sorted(dir(C))[-3:])
def inner_dir():
    q = 1
    w = 2
    return dir()
print(inner_dir())
try:
    vars(5)
except TypeError as e:
    print(e)
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print(e)
class Custom:
    def __dir__(self):
        return ["z", "b", "a"]
print(dir(Custom()))
import sys
print("path" in dir(sys), type(vars(sys)).__name__)
print(locals() is globals())

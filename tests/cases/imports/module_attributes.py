import sys
mod = sys.modules[__name__]
print(mod.__name__, type(mod).__name__, mod.__dict__ is globals())
print(sorted(k for k in globals() if k.startswith("__") and k != "__builtins__" and k != "__cached__"))
import builtins
print(type(sys).__name__, sys.__name__, builtins.__name__)
ModuleType = type(sys)
m = ModuleType("made_up", "doc text")
m.x = 5
print(m.__name__, m.__doc__, m.x, repr(m))
sys.modules["made_up"] = m
import made_up
print(made_up is m)
del sys.modules["made_up"]
try:
    sys.nonexistent
except AttributeError as e:
    print(e)
def __getattr__(name):
    return f"dynamic {name}"
print(getattr(mod, "whatever"))

# A module in sys.modules without __spec__: looking attributes up on it
# (found or not) must not recurse while wording the AttributeError.
import pkgutil
import sys

mod = type(sys)("spam")
del mod.__spec__
sys.modules["spam"] = mod
print(getattr(mod, "__spec__", None), getattr(mod, "__loader__", None))
try:
    mod.missing
except AttributeError as e:
    print(e)
print(pkgutil.get_loader("spam"))
del sys.modules["spam"]

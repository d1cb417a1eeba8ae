import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/modules")
import simple_mod
print(simple_mod.VALUE, simple_mod.greet("x"), simple_mod.__doc__, simple_mod.__name__)
print(simple_mod.__file__.endswith("simple_mod.py"), type(simple_mod).__name__, repr(simple_mod)[:22])
import simple_mod as sm
print(sm is simple_mod, "simple_mod" in sys.modules, sys.modules["simple_mod"] is sm)
from simple_mod import greet, VALUE as V
print(greet("y"), V)
# second import does not re-execute
import simple_mod
print(sorted(k for k in vars(simple_mod) if not k.startswith("__")))
try:
    import does_not_exist_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from simple_mod import missing_name
except ImportError as e:
    print(type(e).__name__, e)
try:
    import simple_mod.notapackage
except ModuleNotFoundError as e:
    print(e)
import mainguard
print(mainguard.run())
print(__name__, __file__.endswith("import_basics.py"))

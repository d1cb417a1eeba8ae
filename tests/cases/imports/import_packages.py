import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/modules")
import pkg
print(pkg.PKG_CONST, pkg.hf(), pkg.helpers.helper_func(), pkg.__package__, pkg.__name__)
print(pkg.__path__[0].endswith("pkg"), pkg.__file__.endswith("__init__.py"))
import pkg.sub.deep
print(pkg.sub.deep.where(), pkg.sub.SUB_CONST)
from pkg.sub import deep as d
print(d is pkg.sub.deep, d.__package__)
from pkg.sub.deep import where
print(where()[0])
print(sorted(k for k in sys.modules if k.startswith("pkg")))
import pkg.helpers as ph
print(ph.helper_func())
try:
    import pkg.nothing
except ModuleNotFoundError as e:
    print(e)

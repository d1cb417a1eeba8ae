# The import system as CPython exposes it: finders on sys.meta_path,
# specs and loaders, importlib's functions, resources and metadata.
import importlib
import importlib.abc
import importlib.machinery
import importlib.metadata
import importlib.resources
import importlib.util
import os
import sys
import tempfile
import types

print([f.__name__ for f in sys.meta_path if isinstance(f, type) and f.__module__.startswith(("_frozen_importlib", "importlib"))])
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
import gc, json
print(sys.__spec__, sys.__loader__.__name__, gc.__spec__.origin, gc.__loader__.__name__)
print(json.__spec__.name, json.__spec__.parent, json.__spec__.submodule_search_locations is not None)
print(importlib.util.resolve_name("..x", "a.b.c"), importlib.util.resolve_name("y", None))
print(importlib.util.find_spec("no_such_module_here"))
print(importlib.import_module(".decoder", "json").__name__)

tmp = tempfile.mkdtemp()
sys.path.insert(0, tmp)
os.makedirs(os.path.join(tmp, "pkg", "sub"))
with open(os.path.join(tmp, "pkg", "__init__.py"), "w") as f:
    f.write("VALUE = 1\n")
with open(os.path.join(tmp, "pkg", "sub", "__init__.py"), "w") as f:
    f.write("from . import leaf\n")
with open(os.path.join(tmp, "pkg", "sub", "leaf.py"), "w") as f:
    f.write("NAME = __name__\nPKG = __package__\n")
with open(os.path.join(tmp, "pkg", "data.txt"), "w") as f:
    f.write("resource text\n")
import pkg.sub.leaf
spec = pkg.sub.leaf.__spec__
print(spec.name, spec.parent, spec.has_location, os.path.relpath(spec.origin, tmp))
print(type(spec.loader).__name__, isinstance(spec.loader, importlib.abc.Loader))
print(pkg.sub.leaf.NAME, pkg.sub.leaf.PKG, [os.path.relpath(p, tmp) for p in pkg.__path__])
print(pkg.__spec__.submodule_search_locations == pkg.__path__)

# reload runs the module's code again in the same namespace
with open(os.path.join(tmp, "pkg", "__init__.py"), "w") as f:
    f.write("VALUE = 2\n")
again = importlib.reload(pkg)
print(again is pkg, pkg.VALUE)

# a module created after the directory was listed is found after
# invalidate_caches()
with open(os.path.join(tmp, "late_module.py"), "w") as f:
    f.write("X = 'late'\n")
importlib.invalidate_caches()
import late_module
print(late_module.X)

# spec_from_file_location / module_from_spec / exec_module
path = os.path.join(tmp, "standalone.py")
with open(path, "w") as f:
    f.write("def hello():\n    return 'hello from ' + __name__\n")
spec = importlib.util.spec_from_file_location("standalone_mod", path)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
print(module.hello(), "standalone_mod" in sys.modules)

# a finder at the front of sys.meta_path is asked first (six.moves style)
class Loader(importlib.abc.Loader):
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.answer = 42


class Finder(importlib.abc.MetaPathFinder):
    asked = []

    def find_spec(self, fullname, path, target=None):
        self.asked.append(fullname)
        if fullname == "virtual.mod" or fullname == "virtual":
            return importlib.util.spec_from_loader(fullname, Loader(), is_package=fullname == "virtual")
        return None


sys.meta_path.insert(0, Finder())
import virtual.mod
print(virtual.mod.answer, virtual.mod.__spec__.loader.__class__.__name__, Finder.asked[:2])
from virtual import mod as m2
print(m2 is virtual.mod)

# errors keep CPython's names and messages
try:
    import pkg.nothing_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import math.sub
except ModuleNotFoundError as e:
    print(e)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(e)

# resources
print(importlib.resources.files("pkg").joinpath("data.txt").read_text(), end="")
print(importlib.resources.read_text("pkg", "data.txt"), end="")
with importlib.resources.as_file(importlib.resources.files("pkg") / "data.txt") as p:
    print(os.path.basename(p))

# metadata of a distribution installed in a folder on sys.path
info = os.path.join(tmp, "demo_dist-1.2.3.dist-info")
os.makedirs(info)
with open(os.path.join(info, "METADATA"), "w") as f:
    f.write("Metadata-Version: 2.1\nName: demo-dist\nVersion: 1.2.3\nRequires-Dist: idna (>=2)\n"
            "Requires-Dist: rich ; extra == 'fancy'\nSummary: A demo\n\nLong description.\n")
with open(os.path.join(info, "entry_points.txt"), "w") as f:
    f.write("[console_scripts]\ndemo = pkg.sub.leaf:main\n\n[demo.plugins]\none = pkg:VALUE\n")
with open(os.path.join(info, "RECORD"), "w") as f:
    f.write("pkg/__init__.py,sha256=abc,10\npkg/data.txt,,\ndemo_dist-1.2.3.dist-info/METADATA,,\n")
with open(os.path.join(info, "top_level.txt"), "w") as f:
    f.write("pkg\n")
md = importlib.metadata
print(md.version("demo-dist"), md.version("Demo_Dist"), md.requires("demo-dist"))
meta = md.metadata("demo-dist")
print(meta["Name"], meta["Summary"], meta.get_all("Requires-Dist"), meta["Missing"])
eps = md.entry_points(group="demo.plugins")
print(eps.names, [ep.value for ep in eps], eps["one"].load())
print(next(iter(md.entry_points(group="console_scripts", name="demo"))).module)
files = md.files("demo-dist")
print([str(f) for f in files], files[0].hash.mode, files[0].size)
print(md.packages_distributions()["pkg"])
try:
    md.version("surely-not-installed-xyz")
except md.PackageNotFoundError as e:
    print(type(e).__name__, e)

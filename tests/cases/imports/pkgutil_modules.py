import pkgutil, json, os, sys, tempfile
print("decoder" in {m.name for m in pkgutil.iter_modules(json.__path__)})
d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, "pk", "sub"))
for f in ["pk/__init__.py", "pk/a.py", "pk/sub/__init__.py", "pk/sub/b.py", "top.py"]:
    open(os.path.join(d, f), "w").write("X = 1\n")
open(os.path.join(d, "pk", "data.bin"), "wb").write(b"\x00data")
sys.path.insert(0, d)
print([(m.name, m.ispkg) for m in pkgutil.iter_modules([d])])
print([(m.name, m.ispkg) for m in pkgutil.walk_packages([d])])
print(pkgutil.get_data("pk", "data.bin"), pkgutil.resolve_name("os.path:join").__name__, pkgutil.resolve_name("pk.sub.b").X)
print(type(pkgutil.get_importer(d)).__name__, pkgutil.find_loader("pk.a").__class__.__name__)
print([os.path.relpath(p, d) if os.path.isabs(p) else p for p in pkgutil.extend_path(["x"], "pk")])

# Zip archives on sys.path (zipimport), zip applications run from the
# command line (also with a #! line, via zipapp), directories with a
# __main__.py, runpy, zipfile.Path and resources read from a zip.
import importlib.resources, os, runpy, subprocess, sys, tempfile, zipapp, zipfile, zipimport

work = tempfile.mkdtemp()
os.chdir(work)
src = os.path.join(work, "src")
os.makedirs(os.path.join(src, "pkg", "sub"))
os.makedirs(os.path.join(src, "ns"))
files = {
    "pkg/__init__.py": "X = 1\nfrom . import sub\n",
    "pkg/sub/__init__.py": "def f():\n    return __name__\n",
    "pkg/data.txt": "hello\n",
    "mod.py": "# -*- coding: latin-1 -*-\nWORD = 'caf\xe9'\nprint('mod', __name__, __file__.replace(%r, ''))\n" % work,
    "ns/n.py": "Y = 2\n",
    "app.py": "import sys\ndef main():\n    print('app main', sys.argv[1:], __name__)\n",
}
for name, text in files.items():
    with open(os.path.join(src, name), "w", encoding="latin-1") as f:
        f.write(text)
archive = os.path.join(work, "lib.zip")
with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
    for name in sorted(files):
        z.write(os.path.join(src, name), name)
    z.write(os.path.join(src, "ns"), "ns")  # a namespace package needs its directory listed

# Importing from the archive.
sys.path.insert(0, archive)
import mod, pkg, pkg.sub, ns.n
def rel(p):
    return p.replace(work, "<work>")
print(mod.WORD, rel(pkg.__file__), [rel(p) for p in pkg.__path__], type(pkg.__loader__).__name__)
print(pkg.sub.f(), ns.n.Y, [rel(p) for p in ns.__path__])
print(pkg.__loader__.get_data(os.path.join(archive, "pkg", "data.txt")))
print(pkg.__loader__.get_source("pkg").splitlines())
try:
    pkg.__loader__.get_source("mod")  # UTF-8, whatever the cookie says
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)
print(rel(repr(pkg.__loader__)), pkg.__loader__.prefix, pkg.__spec__.submodule_search_locations == pkg.__path__)

z = zipimport.zipimporter(os.path.join(archive, "pkg"))
print(rel(repr(z)), z.prefix, z.is_package("sub"), rel(z.get_filename("sub")), z.find_spec("nothing"))
for bad in ["", os.path.join(work, "missing.zip"), work, os.path.join(src, "mod.py"), b"x"]:
    try:
        zipimport.zipimporter(bad)
    except (zipimport.ZipImportError, TypeError) as e:
        print(type(e).__name__, rel(str(e)))
for call in [lambda: z.get_source("nope"), lambda: z.is_package("nope"), lambda: z.get_data("nope")]:
    try:
        call()
    except (ImportError, OSError) as e:
        print(type(e).__name__, e)
print(isinstance(sys.path_hooks[0], type) and sys.path_hooks[0] is zipimport.zipimporter)

# Resources of a package inside a zip: zipfile.Path underneath.
res = importlib.resources.files("pkg")
print(type(res).__name__, res.joinpath("data.txt").read_text(), sorted(p.name for p in res.iterdir()))
zp = zipfile.Path(archive)
print(rel(repr(zp)), zp.name, sorted(rel(str(c)) for c in zp.iterdir()), (zp / "pkg" / "data.txt").read_bytes())
print(rel(repr((zp / "pkg").parent)), (zp / "nothing").exists(), (zp / "pkg" / "sub").is_dir())

# runpy.
g = runpy.run_module("mod", run_name="renamed")
print(g["__name__"], rel(g["__file__"]), g["__package__"])
for name in ["nonexistent_module", "pkg", "pkg.sub", ".rel"]:
    try:
        runpy.run_module(name)
    except ImportError as e:
        print("ImportError", e)

# Applications: a directory, a zip, and a zipapp archive with a #! line.
with open(os.path.join(src, "__main__.py"), "w") as f:
    f.write("import sys\nprint('main of', __name__, __spec__.name, sys.argv, sys.path[0].replace(%r, '<work>'))\n" % work)
def run(*args):
    r = subprocess.run([sys.executable, *args], capture_output=True, text=True)
    print(r.returncode, r.stdout.replace(work, "<work>"), r.stderr.replace(work, "<work>").replace(sys.executable, "<python>"))
run("src", "a", "b")
zipapp.create_archive(src, "app.pyz", interpreter="/usr/bin/env python3")
print(zipapp.get_interpreter("app.pyz"), os.access("app.pyz", os.X_OK))
run("app.pyz", "x")
os.remove(os.path.join(src, "__main__.py"))
zipapp.create_archive(src, "entry.pyz", main="app:main", compressed=True)
run("entry.pyz", "y")
run("lib.zip")
os.makedirs("empty")
run("empty")
for kwargs in [{"main": "bad entry"}, {}]:
    try:
        zipapp.create_archive(src, "x.pyz", **kwargs)
    except zipapp.ZipAppError as e:
        print("ZipAppError", e)
g = runpy.run_path("entry.pyz", run_name="via_run_path")
print(g["__name__"], rel(g["__file__"]))

# Bytecode caches (PEP 3147): importing a module writes
# __pycache__/NAME.<cache_tag>.pyc, a second import uses it, a changed
# source is recompiled, -B and PYTHONDONTWRITEBYTECODE write nothing;
# py_compile and compileall write the same files; a .pyc alone (the
# legacy location) imports; importlib.util names the paths.
import importlib.util
import os
import subprocess
import sys
import tempfile
import time

tag = sys.implementation.cache_tag
work = tempfile.mkdtemp()
env = dict(os.environ)
env.pop("PYTHONDONTWRITEBYTECODE", None)


def run(*args, environ=env):
    r = subprocess.run([sys.executable, *args], cwd=work, env=environ, capture_output=True, text=True)
    return r.returncode, r.stdout.strip(), r.stderr.strip().splitlines()[-1:] if r.stderr else []


def cache_listing():
    folder = os.path.join(work, "__pycache__")
    if not os.path.isdir(folder):
        return []
    return sorted(name.replace(tag, "<tag>") for name in os.listdir(folder))


with open(os.path.join(work, "cached_mod.py"), "w") as f:
    f.write("VALUE = 1\n")
print(run("-B", "-c", "import cached_mod; print(cached_mod.VALUE)"), cache_listing())
print(run("-c", "import cached_mod; print(cached_mod.VALUE, cached_mod.__cached__ is not None)"),
      cache_listing())
print(run("-v", "-c", "import cached_mod")[0],
      cache_listing())
# A change to the source (another size, a later time) is seen.
time.sleep(1.1)
with open(os.path.join(work, "cached_mod.py"), "w") as f:
    f.write("VALUE = 'two'\n")
print(run("-c", "import cached_mod; print(cached_mod.VALUE)"))

source = os.path.join(work, "cached_mod.py")
cached = importlib.util.cache_from_source(source)
print(os.path.relpath(cached, work).replace(tag, "<tag>"),
      importlib.util.source_from_cache(cached) == source)

import py_compile
with open(os.path.join(work, "compiled_mod.py"), "w") as f:
    f.write("def f():\n    return 'compiled'\n")
out = py_compile.compile(os.path.join(work, "compiled_mod.py"))
print(os.path.relpath(out, work).replace(tag, "<tag>"))
with open(os.path.join(work, "broken_mod.py"), "w") as f:
    f.write("def f(:\n")
try:
    py_compile.compile(os.path.join(work, "broken_mod.py"), doraise=True)
except py_compile.PyCompileError as err:
    print("PyCompileError", err.exc_type_name)

import compileall
sub = os.path.join(work, "pkg")
os.makedirs(sub)
with open(os.path.join(sub, "__init__.py"), "w") as f:
    f.write("X = 3\n")
print(compileall.compile_dir(sub, quiet=1), sorted(n.replace(tag, "<tag>")
                                                   for n in os.listdir(os.path.join(sub, "__pycache__"))))

# A .pyc at the legacy place, with no source beside it, still imports.
os.makedirs(os.path.join(work, "sourceless"))
legacy = os.path.join(work, "sourceless", "only_pyc.pyc")
with open(os.path.join(work, "sourceless", "only_pyc.py"), "w") as f:
    f.write("WHERE = 'from the pyc'\n")
py_compile.compile(os.path.join(work, "sourceless", "only_pyc.py"), cfile=legacy)
os.remove(os.path.join(work, "sourceless", "only_pyc.py"))
print(run("-c", "import sys; sys.path.insert(0, 'sourceless'); import only_pyc; print(only_pyc.WHERE)"))

# tempfile (mkdtemp, TemporaryDirectory, NamedTemporaryFile, gettempdir)
# and shutil (copyfile, copy, copy2, copytree with ignore, move, rmtree,
# which, errors).
import os
import shutil
import stat
import tempfile

print(os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix())
with tempfile.TemporaryDirectory(prefix="case_", suffix="_dir") as root:
    name = os.path.basename(root)
    print(name.startswith("case_"), name.endswith("_dir"), len(name), oct(stat.S_IMODE(os.stat(root).st_mode)))
    src = os.path.join(root, "src")
    os.makedirs(os.path.join(src, "pkg", "__pycache__"))
    with open(os.path.join(src, "a.txt"), "w") as f:
        f.write("alpha\n")
    with open(os.path.join(src, "pkg", "mod.py"), "w") as f:
        f.write("x = 1\n")
    with open(os.path.join(src, "pkg", "__pycache__", "mod.pyc"), "wb") as f:
        f.write(b"\x00")
    os.chmod(os.path.join(src, "a.txt"), 0o640)
    os.utime(os.path.join(src, "a.txt"), (1000000000, 1200000000))
    print(shutil.copyfile(os.path.join(src, "a.txt"), os.path.join(root, "b.txt")) == os.path.join(root, "b.txt"))
    c = shutil.copy(os.path.join(src, "a.txt"), root + "/c.txt")
    d = shutil.copy2(os.path.join(src, "a.txt"), os.path.join(root, "d.txt"))
    print(oct(stat.S_IMODE(os.stat(c).st_mode)), os.stat(d).st_mtime, open(d).read(), end="")
    copied = shutil.copytree(src, os.path.join(root, "copy"), ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    print(sorted(os.listdir(copied)), sorted(os.listdir(os.path.join(copied, "pkg"))))
    try:
        shutil.copytree(src, os.path.join(root, "copy"))
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    shutil.copytree(src, os.path.join(root, "copy"), dirs_exist_ok=True)
    print(sorted(os.listdir(os.path.join(copied, "pkg"))))
    moved = shutil.move(os.path.join(root, "b.txt"), os.path.join(root, "copy"))
    print(os.path.relpath(moved, root), os.path.exists(os.path.join(root, "b.txt")))
    print(os.path.relpath(shutil.move(os.path.join(root, "copy"), os.path.join(root, "moved")), root))
    try:
        shutil.copyfile(c, c)
    except shutil.SameFileError as e:
        print("SameFileError", str(e).replace(root, "ROOT"))
    try:
        shutil.copyfile(os.path.join(root, "nope"), c)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    shutil.rmtree(os.path.join(root, "moved"))
    print(sorted(os.listdir(root)))
    shutil.rmtree(os.path.join(root, "missing"), ignore_errors=True)
    errors = []
    shutil.rmtree(os.path.join(root, "missing"), onerror=lambda f, p, e: errors.append((f.__name__, e[0].__name__)))
    print(errors)
    with tempfile.NamedTemporaryFile("w+", dir=root, suffix=".log", delete=True) as tmp:
        tmp.write("logged")
        tmp.seek(0)
        print(tmp.read(), os.path.dirname(tmp.name) == root, tmp.name.endswith(".log"), os.path.exists(tmp.name))
    print(os.path.exists(tmp.name))
    keep = tempfile.NamedTemporaryFile(dir=root, delete=False)
    keep.write(b"bytes")
    keep.close()
    print(open(keep.name, "rb").read(), oct(stat.S_IMODE(os.stat(keep.name).st_mode)))
    made = tempfile.mkdtemp(dir=root)
    print(os.path.isdir(made), os.path.dirname(made) == root)
print(os.path.exists(root), shutil.which("sh") is not None, shutil.which("no-such-program-xyz"))

# genericpath: the stat-based path functions os.path shares with it.
import genericpath, os, os.path, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f")
with open(p, "w") as f:
    f.write("12345")
print(genericpath.exists(p), genericpath.isfile(p), genericpath.isdir(d), genericpath.getsize(p))
print(genericpath.exists(os.path.join(d, "none")), genericpath.isfile(d), genericpath.exists("a\0b"))
print(genericpath.commonprefix(["/usr/lib", "/usr/local"]), genericpath.commonprefix([]), genericpath.commonprefix([b"ab", b"ac"]))
with open(p) as f1, open(p) as f2:
    print(genericpath.sameopenfile(f1.fileno(), f2.fileno()), genericpath.samefile(p, os.path.join(d, ".", "f")))
print(genericpath.samestat(os.stat(p), os.stat(d)), os.path.exists is genericpath.exists, sorted(genericpath.__all__))
try:
    genericpath.getsize(os.path.join(d, "none"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)

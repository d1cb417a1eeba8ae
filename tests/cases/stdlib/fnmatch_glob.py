# fnmatch and glob on a scratch tree (sorted, since directory order varies).
import fnmatch
import glob
import os

names = ["data.csv", "data.txt", "Data.CSV", "notes.md", "a1.py", "b22.py", ".hidden.py", "x[1].txt"]
for pat in ["*.csv", "data.*", "?1.py", "[ab]*.py", "[!a]*.py", "*", "x[[]1].txt", "*.[tm][xd]*", "[z-a]*", "*[", "a*1*.py"]:
    print(pat, fnmatch.filter(names, pat), fnmatch.fnmatchcase("Data.CSV", pat))
print(fnmatch.fnmatch("abc", "a?c"), fnmatch.fnmatch("abc", "a*d"), fnmatch.fnmatchcase("", "*"), fnmatch.fnmatchcase("", "?"))

root = "_glob_scratch"
for d in [root, f"{root}/sub", f"{root}/sub/deep"]:
    os.makedirs(d, exist_ok=True)
for f in ["a.py", "b.txt", ".secret.py", "sub/c.py", "sub/deep/d.py", "sub/deep/e.txt"]:
    with open(f"{root}/{f}", "w") as fh:
        fh.write("x")
print(sorted(glob.glob(f"{root}/*.py")), sorted(glob.glob(f"{root}/*")), sorted(glob.glob(f"{root}/*/*.py")))
print(sorted(glob.glob(f"{root}/**/*.py", recursive=True)), sorted(glob.glob("**/*.txt", root_dir=root, recursive=True)))
print(glob.glob(f"{root}/nothing*"), glob.glob(f"{root}/a.py"), glob.has_magic("a*"), glob.escape("a*b?[c]"))
for f in ["a.py", "b.txt", ".secret.py", "sub/c.py", "sub/deep/d.py", "sub/deep/e.txt"]:
    os.remove(f"{root}/{f}")
os.removedirs(f"{root}/sub/deep")
print(os.path.exists(root))

# filecmp: cmp (shallow and by contents), cmpfiles, and dircmp's
# attributes and reports over two small trees.
import filecmp, os, tempfile

root = tempfile.mkdtemp()
os.chdir(root)
for d in ["a/sub/deep", "b/sub/deep", "a/onlya_dir", "b/funny", "a/.git", "b/.git"]:
    os.makedirs(d)
files = {"a/same": "1", "b/same": "1", "a/diff": "1", "b/diff": "22", "a/samesize": "x", "b/samesize": "y",
         "a/onlya": "x", "b/onlyb": "y", "a/sub/f": "s", "b/sub/f": "t", "a/funny": "z",
         "a/sub/deep/g": "g", "b/sub/deep/g": "g"}
for path, text in files.items():
    with open(path, "w") as f:
        f.write(text)
    os.utime(path, (1_000_000_000, 1_000_000_000))
os.utime("b/samesize", (1_000_000_100, 1_000_000_100))
print(filecmp.cmp("a/same", "b/same"), filecmp.cmp("a/diff", "b/diff"), filecmp.cmp("a/samesize", "b/samesize"),
      filecmp.cmp("a/sub/f", "b/sub/f"), filecmp.cmp("a/sub/f", "b/sub/f", shallow=False), filecmp.cmp("a", "b"))
print(filecmp.cmpfiles("a", "b", ["same", "diff", "nope", "sub", "samesize"]))
print(filecmp.cmpfiles("a", "b", ["sub/f"], shallow=False))
d = filecmp.dircmp("a", "b")
print(d.left_list, d.right_list, d.common, d.left_only, d.right_only)
print(d.common_dirs, d.common_files, d.common_funny, d.same_files, d.diff_files, d.funny_files, sorted(d.subdirs))
d.report()
print("--")
filecmp.dircmp("a", "b", ignore=[], hide=[]).report_full_closure()
print("--")
d.report_partial_closure()
try:
    d.nonexistent
except AttributeError as e:
    print("AttributeError", e)
filecmp.clear_cache()
print(filecmp.DEFAULT_IGNORES, filecmp.dircmp[str])

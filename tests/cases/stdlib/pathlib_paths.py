# pathlib: pure path arithmetic (parts, names, suffixes, parents,
# relative_to, match, joining, comparisons) and filesystem operations in
# a scratch directory next to the case.
import os
import pathlib
from pathlib import Path, PurePath, PurePosixPath

for text in ["a/b/c.txt", "/usr//local/./bin/", "//net/share", "///x", "", ".", "../up", "archive.tar.gz",
             ".bashrc", "a/b.", "/"]:
    p = PurePosixPath(text)
    print(repr(text), repr(p), str(p), p.parts, p.root, p.anchor, repr(p.name), repr(p.suffix), p.suffixes,
          repr(p.stem), p.parent, list(p.parents), p.is_absolute())
p = PurePath("/home/ann/data/run1.csv")
print(p.with_name("run2.csv"), p.with_suffix(".json"), p.with_suffix(""), p.with_stem("final"),
      p.relative_to("/home/ann"), p.relative_to("/home", "ann", "data"), p.is_relative_to("/etc"))
print(PurePath("a") / "b" / PurePath("c"), "x" / PurePath("y"), PurePath("a", "/b", "c"), PurePath("a").joinpath("b", "c"))
print(p.match("*.csv"), p.match("data/*.csv"), p.match("/home/*/data/*.csv"), p.match("/data/*.csv"), p.match("*.txt"))
print(PurePath("a/b") == PurePath("a//b/"), PurePath("a") < PurePath("b"), sorted([PurePath("b"), PurePath("a/c"), PurePath("a")]))
print(hash(PurePath("a/b")) == hash(PurePath("a/b")), os.fspath(PurePath("x/y")), p.parents[1], p.parents[-1], len(p.parents))
for call in [lambda: p.relative_to("/etc"), lambda: p.with_suffix("json"), lambda: PurePath("/").with_name("x"),
             lambda: p.with_name("a/b"), lambda: p.parents[10]]:
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)

base = Path(os.path.dirname(os.path.abspath(__file__))) / "pathlib_scratch.tmp"
if base.exists():
    for child in sorted(base.rglob("*"), reverse=True):
        child.rmdir() if child.is_dir() else child.unlink()
    base.rmdir()
base.mkdir()
(base / "sub" / "deeper").mkdir(parents=True)
print((base / "notes.txt").write_text("hello\nworld\n"), (base / "data.bin").write_bytes(b"\x00\x01"))
(base / "sub" / "a.py").write_text("print(1)\n")
(base / "sub" / "deeper" / "b.py").touch()
print((base / "notes.txt").read_text().splitlines(), (base / "data.bin").read_bytes(), (base / "notes.txt").stat().st_size)
print(base.exists(), base.is_dir(), (base / "notes.txt").is_file(), (base / "missing").exists(), (base / "notes.txt").is_dir())
print(sorted(p.name for p in base.iterdir()))
print(sorted(str(p.relative_to(base)) for p in base.glob("*.txt")), sorted(str(p.relative_to(base)) for p in base.rglob("*.py")))
print(sorted(str(p.relative_to(base)) for p in base.glob("**/*.py")), sorted(str(p.relative_to(base)) for p in base.glob("sub/*")))
with (base / "notes.txt").open() as f:
    print(f.readline(), end="")
target = (base / "notes.txt").rename(base / "renamed.txt")
print(target.name, target.exists(), (base / "notes.txt").exists())
try:
    (base / "sub").mkdir()
except FileExistsError as e:
    print("FileExistsError", e.errno)
(base / "sub").mkdir(exist_ok=True)
try:
    (base / "missing.txt").unlink()
except FileNotFoundError:
    print("FileNotFoundError")
(base / "missing.txt").unlink(missing_ok=True)
print(Path("rel").absolute() == Path.cwd() / "rel", Path("~").expanduser() == Path.home(), base.resolve() == base)
for child in sorted(base.rglob("*"), reverse=True):
    child.rmdir() if child.is_dir() else child.unlink()
base.rmdir()
print(base.exists(), type(Path("x")).__name__, isinstance(Path("x"), PurePath), Path("x") == PurePosixPath("x"))

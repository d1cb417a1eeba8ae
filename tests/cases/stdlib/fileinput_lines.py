# fileinput: several files as one stream with names and line numbers,
# standard input, in-place rewriting with a backup, hooks and errors.
import fileinput, gzip, os, sys, tempfile

d = tempfile.mkdtemp()
os.chdir(d)
with open("one.txt", "w") as f:
    f.write("a\nb\n")
with open("two.txt", "w") as f:
    f.write("c\nd")
with open("empty.txt", "w"):
    pass
for line in fileinput.input(["one.txt", "empty.txt", "two.txt"], encoding="utf-8"):
    print(repr(line), fileinput.filename(), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(),
          fileinput.isstdin(), fileinput.fileno() > 2)
fileinput.close()
with fileinput.FileInput(["one.txt", "two.txt"], mode="rb") as fi:
    print(list(fi), fi.lineno())
with fileinput.input(files=("one.txt", "two.txt"), inplace=True, backup=".orig", encoding="utf-8") as fi:
    for line in fi:
        if fi.filelineno() == 1:
            fi.nextfile()
            print("skipped rest of", fi.filename())
            continue
        print(line.upper(), end="")
print(open("one.txt").read(), open("two.txt").read(), sorted(os.listdir(".")))
with gzip.open("z.txt.gz", "wt") as f:
    f.write("zipped\n")
print(list(fileinput.input(["z.txt.gz"], openhook=fileinput.hook_compressed)))
fileinput.close()
print(list(fileinput.input(["one.txt"], openhook=fileinput.hook_encoded("latin-1"))))
fileinput.close()
fi = fileinput.input(["one.txt"], encoding="utf-8")
try:
    fileinput.input(["two.txt"])
except RuntimeError as e:
    print("RuntimeError", e)
fileinput.close()
for bad in [lambda: fileinput.filename(), lambda: fileinput.FileInput(mode="w"),
            lambda: fileinput.FileInput(inplace=True, openhook=open), lambda: fileinput.FileInput(openhook=1)]:
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)

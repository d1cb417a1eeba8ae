path = "open_files_out.tmp"
with open(path, "w") as f:
    n = f.write("line one\nline two\n")
    f.write("third")
    print(n, f.closed, f.name, f.mode)
print(f.closed)
with open(path) as f:
    print(f.read())
with open(path) as f:
    print(f.readline(), f.readline(), f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path, "a") as f:
    print("appended", file=f)
with open(path, "rb") as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:8])
with open(path, "wb") as f:
    f.write(b"\x00\x01binary\xff")
with open(path, "rb") as f:
    print(f.read(3), f.read(), f.read())
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo €\n")
with open(path, encoding="utf-8") as f:
    print(f.read(), end="")
with open(path, "rb") as f:
    print(f.read())
with open(path, "r+") as f:
    print(f.read(2), f.tell())
    f.seek(0)
    print(f.read(1))
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e)
try:
    open(path, "z")
except ValueError as e:
    print(e)
with open(path, "w") as f:
    f.writelines(["a\n", "b\n"])
with open(path) as f:
    print(f.read().splitlines())

import sys

sys.stdout.write("text first\n")
sys.stdout.buffer.write(b"then bytes\n")
print("then print", flush=False)
sys.stdout.buffer.write("ünï bytes\n".encode())
sys.stdout.flush()
print(sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.mode, sys.stdin.buffer.mode,
      type(sys.stdin.buffer).__name__)
path = "io_buffer_test.txt"
with open(path, "w", encoding="utf-8") as f:
    f.write("line one\n")
    f.flush()
    f.buffer.write(b"raw line\n")
    f.buffer.flush()
    f.write("line three\n")
    print(f.buffer.mode, f.buffer.name, f.buffer.writable(), f.buffer.readable())
with open(path, encoding="utf-8") as f:
    print(f.buffer.read(4), f.buffer.name == f.name)
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
with open(path, "r+") as f:
    print(f.buffer.mode)
    f.buffer.close()
    print(f.closed)
with open(path, "rb") as f:
    print(f.read(), hasattr(f, "buffer"))
import os
os.remove(path)
data = sys.stdin.buffer.read()
print(len(data), data[:20])

# fcntl: descriptor flags, non-blocking mode, flock and lockf between two
# descriptors of one file, ioctl with an int and a buffer, and errors.
import fcntl
import os
import struct
import tempfile
import termios

r, w = os.pipe()
flags = fcntl.fcntl(r, fcntl.F_GETFL)
print(flags & os.O_NONBLOCK == 0)
fcntl.fcntl(r, fcntl.F_SETFL, flags | os.O_NONBLOCK)
print(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK != 0, os.get_blocking(r))
print(fcntl.fcntl(w, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
os.write(w, b"abc")
buf = fcntl.ioctl(r, termios.FIONREAD, b"\0\0\0\0")
print(struct.unpack("i", buf)[0])
arr = bytearray(4)
print(fcntl.ioctl(r, termios.FIONREAD, arr), struct.unpack("i", arr)[0])

with tempfile.TemporaryFile() as f1:
    fd2 = os.open(f"/proc/self/fd/{f1.fileno()}", os.O_RDWR)
    fcntl.flock(f1, fcntl.LOCK_EX)
    try:
        fcntl.flock(fd2, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as e:
        print("flock busy", e.errno)
    fcntl.flock(f1, fcntl.LOCK_UN)
    fcntl.flock(fd2, fcntl.LOCK_SH | fcntl.LOCK_NB)
    fcntl.flock(fd2, fcntl.LOCK_UN)
    fcntl.lockf(f1, fcntl.LOCK_EX, 10)
    fcntl.lockf(f1, fcntl.LOCK_UN, 10)
    os.close(fd2)

for bad in [(-1, fcntl.F_GETFL), ("x", fcntl.F_GETFL), (r, fcntl.F_GETFL, 1.5)]:
    try:
        fcntl.fcntl(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    fcntl.fcntl(9999, fcntl.F_GETFL)
except OSError as e:
    print("OSError", e.errno)
os.close(r)
os.close(w)

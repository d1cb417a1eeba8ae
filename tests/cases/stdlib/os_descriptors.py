# os calls on descriptors and paths: ftruncate/truncate, pread/pwrite,
# blocking and inheritable flags, fchmod, link, mkfifo, closerange,
# stat of a descriptor, uname, sysconf, getloadavg and supports_*.
import os, stat, tempfile

work = tempfile.mkdtemp()
path = os.path.join(work, "f.bin")
fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
print(os.pwrite(fd, b"hello world", 0), os.pread(fd, 5, 6), os.pread(fd, 100, 3))
os.ftruncate(fd, 4)
print(os.fstat(fd).st_size, os.stat(fd).st_size, os.pread(fd, 10, 0))
os.truncate(path, 2)
print(os.path.getsize(path))
os.truncate(fd, 6)
print(os.path.getsize(path), os.pread(fd, 10, 0))
print(os.get_blocking(fd), os.get_inheritable(fd))
os.set_blocking(fd, False); os.set_inheritable(fd, True)
print(os.get_blocking(fd), os.get_inheritable(fd))
os.set_blocking(fd, True); os.set_inheritable(fd, False)
print(os.get_blocking(fd), os.get_inheritable(fd))
os.fchmod(fd, 0o600)
print(oct(stat.S_IMODE(os.stat(path).st_mode)))
os.fdatasync(fd)
os.chown(path, -1, -1); os.fchown(fd, -1, -1); os.lchown(path, -1, -1)
os.close(fd)
os.link(path, path + ".2")
print(os.stat(path).st_nlink, os.path.samefile(path, path + ".2"))
try:
    os.link(path, path + ".2")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename == path, e.filename2 == path + ".2")
os.mkfifo(os.path.join(work, "fifo"))
print(stat.S_ISFIFO(os.stat(os.path.join(work, "fifo")).st_mode))
r, w = os.pipe()
os.closerange(r, w + 1)
for bad in [lambda: os.fstat(r), lambda: os.pread(r, 1, 0), lambda: os.truncate(os.path.join(work, "none"), 1)]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno)
u = os.uname()
print(type(u).__name__, u.sysname, len(u), u[0] == u.sysname, isinstance(u, tuple))
print(os.sysconf("SC_PAGESIZE") == os.sysconf(os.sysconf_names["SC_PAGESIZE"]), "SC_CLK_TCK" in os.sysconf_names)
try:
    os.sysconf("SC_NO_SUCH")
except ValueError as e:
    print("ValueError", e)
print(len(os.getloadavg()), all(isinstance(x, float) for x in os.getloadavg()))
print(os.stat in os.supports_fd, os.stat in os.supports_follow_symlinks, type(os.supports_dir_fd).__name__)

# os.utime: exact nanoseconds, seconds as numbers, FIFOs and unreadable
# files (no open), and the argument errors.
import os, tempfile
d = tempfile.mkdtemp(); p = os.path.join(d, "f"); open(p, "w").close()
os.utime(p, ns=(1_600_000_000_123_456_789, 1_500_000_000_987_654_321)); st = os.stat(p); print(st.st_atime_ns, st.st_mtime_ns)
os.utime(p, (1.5, 2.25)); st = os.stat(p); print(st.st_atime, st.st_mtime)
os.utime(p, (-1.5, 0)); print(os.stat(p).st_mtime_ns, os.stat(p).st_atime_ns)
os.mkfifo(os.path.join(d, "fifo")); os.utime(os.path.join(d, "fifo"), (5, 6)); print(os.stat(os.path.join(d, "fifo")).st_mtime)
os.chmod(p, 0); os.utime(p, (7, 8)); print(os.stat(p).st_mtime)
fd = os.open(p, os.O_RDONLY) if os.geteuid() == 0 else None
for bad in [dict(times=(1,)), dict(ns=(1.5, 2)), dict(times=(1, 2), ns=(1, 2))]:
    try: os.utime(p, **bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: os.utime(os.path.join(d, "none"), (1, 2))
except FileNotFoundError as e: print("FileNotFoundError", e.errno)

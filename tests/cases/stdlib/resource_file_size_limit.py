# Writing past RLIMIT_FSIZE is an OSError (EFBIG) the program can catch:
# the interpreter ignores SIGXFSZ, as CPython does; limits beyond a C long
# are OverflowError.
import errno
import os
import resource
import signal
import tempfile

print(signal.getsignal(signal.SIGXFSZ))
cur, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "big")
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, hard))
    try:
        with open(path, "wb", buffering=0) as f:
            f.write(b"X" * 1024)
            try:
                f.write(b"Y")
                print("no error")
            except OSError as e:
                print("OSError", e.errno == errno.EFBIG)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (cur, hard))
    print(os.path.getsize(path))
for limits in [(10**50, hard), (hard, 10**50)]:
    try:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
    except OverflowError as e:
        print("OverflowError", e)

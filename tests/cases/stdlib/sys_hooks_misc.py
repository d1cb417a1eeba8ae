# sys.unraisablehook and its default, faulthandler's switches, os.fstat and
# os.dup2, importlib.util.source_hash, sys.pycache_prefix, argparse's
# intermixed parsing.
import sys, os, faulthandler, importlib.util, argparse, tempfile


class D:
    def __del__(self):
        raise ValueError("in del")


seen = []
sys.unraisablehook = lambda a: seen.append((a.exc_type.__name__, str(a.exc_value), a.err_msg))
d = D()
del d
print(seen, type(sys.__unraisablehook__).__name__)
sys.unraisablehook = sys.__unraisablehook__
print(faulthandler.is_enabled(), faulthandler.enable(), faulthandler.is_enabled(), faulthandler.disable(),
      faulthandler.is_enabled())
with tempfile.TemporaryFile() as f:
    f.write(b"12345")
    f.flush()
    st = os.fstat(f.fileno())
    print(st.st_size, st.st_mode & 0o170000 == 0o100000)
    copy = os.dup(f.fileno())
    print(os.dup2(f.fileno(), copy) == copy)
    os.close(copy)
try:
    os.fstat(987654)
except OSError as e:
    print(type(e).__name__, e.errno)
print(importlib.util.source_hash(b"abc"), importlib.util.source_hash(b""), sys.pycache_prefix)
p = argparse.ArgumentParser(prog="x")
p.add_argument("--foo")
p.add_argument("cmd")
p.add_argument("rest", nargs="*", type=int)
print(p.parse_intermixed_args("doit 1 --foo bar 2 3".split()))
print(p.parse_known_intermixed_args("doit 1 --foo bar 2 --zz 3".split()))

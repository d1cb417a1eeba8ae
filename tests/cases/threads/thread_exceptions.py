# Exceptions escaping threads: threading.excepthook and _thread's report.
import io
import sys
import threading
import _thread
import time


def boom():
    raise ValueError("bad value")


seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, args.exc_traceback is not None))


old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=boom, name="boomer")
t.start()
t.join()
print(seen)
threading.excepthook = old

# The default hook's first and last lines (the traceback in between names
# the library's own files).
err = io.StringIO()
real_stderr, sys.stderr = sys.stderr, err
t = threading.Thread(target=boom, name="default")
t.start()
t.join()
sys.stderr = real_stderr
lines = err.getvalue().splitlines()
print(lines[0], "|", lines[-1])


# SystemExit ends only the thread, quietly.
def leave():
    sys.exit(3)


t = threading.Thread(target=leave)
t.start()
t.join()
print("still here", t.is_alive())

# A hook that itself fails.
def bad_hook(args):
    raise RuntimeError("hook failed")


threading.excepthook = bad_hook
err = io.StringIO()
sys.stderr = err
t = threading.Thread(target=boom, name="twice")
t.start()
t.join()
sys.stderr = real_stderr
threading.excepthook = old
text = err.getvalue()
print("Exception in threading.excepthook:" in text, "RuntimeError: hook failed" in text)

# _thread.start_new_thread reports through sys.unraisablehook.
reports = []
sys.unraisablehook = lambda u: reports.append((u.exc_type.__name__, u.err_msg, u.object is boom))
done = threading.Event()


def boom_then_done():
    try:
        boom()
    finally:
        done.set()


_thread.start_new_thread(boom_then_done, ())
done.wait()
time.sleep(0.1)
print(reports)
for args in [(), (1, ()), (boom, [1]), (boom, (), 5)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)

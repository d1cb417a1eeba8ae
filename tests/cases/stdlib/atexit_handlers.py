# atexit: handlers run last-first at exit, after an uncaught exception too;
# a failing handler is reported and the others still run.
import atexit


def bye(name, punctuation="!"):
    print("bye", name + punctuation)


def broken():
    1 / 0


atexit.register(bye, "first")
atexit.register(broken)
atexit.register(bye, "second", punctuation="?")


@atexit.register
def decorated():
    print("decorated runs first")


atexit.register(print, "unregistered")
atexit.unregister(print)
print("main done")
raise SystemExit(3)

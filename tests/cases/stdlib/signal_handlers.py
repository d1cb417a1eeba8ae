import os
import signal
import time


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(repr(signal.SIGINT), str(signal.SIGINT), signal.SIG_DFL, repr(signal.SIG_IGN), signal.NSIG)
print(len(list(signal.Signals)), [s.name for s in signal.Signals][-5:], signal.Signals.SIGIOT, signal.Signals(15))
print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGUSR1))
print([signal.strsignal(i) for i in (1, 2, 9, 10, 14, 15, 17, 34, 64)])
print(sorted(set(range(1, 65)) - signal.valid_signals()), sorted(signal.valid_signals())[:3])
print(signal.Handlers.__members__.keys(), signal.SIG_BLOCK, type(signal.SIG_BLOCK).__name__)

received = []


def handler(signum, frame):
    received.append(signum)
    print("handler got", signum, signal.Signals(signum).name)


previous = signal.signal(signal.SIGUSR1, handler)
print("previous", previous, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal", received)
os.kill(os.getpid(), signal.SIGUSR1)
time.sleep(0.2)
print("after kill", received)

# SIGINT handled by a Python function instead of KeyboardInterrupt.
signal.signal(signal.SIGINT, handler)
signal.raise_signal(signal.SIGINT)
print("after SIGINT", received)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
    print("not reached")
except KeyboardInterrupt:
    print("KeyboardInterrupt raised")

# Ignored signals do nothing.
print(signal.signal(signal.SIGUSR2, signal.SIG_IGN))
signal.raise_signal(signal.SIGUSR2)
print("ignored SIGUSR2", signal.getsignal(signal.SIGUSR2))


# A handler that raises: the exception comes out where the program was.
class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout("too slow")


signal.signal(signal.SIGALRM, on_alarm)
print("alarm", signal.alarm(1))
try:
    while True:
        time.sleep(0.05)
except Timeout as e:
    print("caught", type(e).__name__, e)
print("alarm left", signal.alarm(0))

attempt("range 0", lambda: signal.signal(0, signal.SIG_DFL))
attempt("range 65", lambda: signal.signal(65, signal.SIG_DFL))
attempt("SIGKILL", lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN))
attempt("bad handler", lambda: signal.signal(signal.SIGINT, 5))
attempt("bad number", lambda: signal.signal("x", signal.SIG_IGN))
attempt("strsignal 0", lambda: signal.strsignal(0))
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("default handler raised", repr(e))
signal.signal(signal.SIGTERM, signal.SIG_DFL)
print("restored", signal.getsignal(signal.SIGUSR1) is handler, signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler)

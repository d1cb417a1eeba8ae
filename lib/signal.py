"""signal: set handlers for asynchronous events (Linux's signals).

Handlers run in the main program at the interpreter's next safe point
after the signal arrives (between instructions, or while time.sleep
waits), as CPython runs them. The frame argument a handler receives is
None in ferropy.
"""

import _signal
from enum import IntEnum as _IntEnum
from operator import index as _index

from _signal import alarm, default_int_handler, pause, set_wakeup_fd, siginterrupt  # noqa: F401

__all__ = ["signal", "getsignal", "raise_signal", "strsignal", "valid_signals", "alarm", "pause",
           "default_int_handler", "Signals", "Handlers", "Sigmasks", "NSIG", "SIG_DFL", "SIG_IGN",
           "set_wakeup_fd", "siginterrupt"]

NSIG = 65

_SIGNALS = [
    ("SIGHUP", 1, "Hangup"), ("SIGINT", 2, "Interrupt"), ("SIGQUIT", 3, "Quit"),
    ("SIGILL", 4, "Illegal instruction"), ("SIGTRAP", 5, "Trace/breakpoint trap"), ("SIGABRT", 6, "Aborted"),
    ("SIGBUS", 7, "Bus error"), ("SIGFPE", 8, "Floating point exception"), ("SIGKILL", 9, "Killed"),
    ("SIGUSR1", 10, "User defined signal 1"), ("SIGSEGV", 11, "Segmentation fault"),
    ("SIGUSR2", 12, "User defined signal 2"), ("SIGPIPE", 13, "Broken pipe"), ("SIGALRM", 14, "Alarm clock"),
    ("SIGTERM", 15, "Terminated"), ("SIGSTKFLT", 16, "Stack fault"), ("SIGCHLD", 17, "Child exited"),
    ("SIGCONT", 18, "Continued"), ("SIGSTOP", 19, "Stopped (signal)"), ("SIGTSTP", 20, "Stopped"),
    ("SIGTTIN", 21, "Stopped (tty input)"), ("SIGTTOU", 22, "Stopped (tty output)"),
    ("SIGURG", 23, "Urgent I/O condition"), ("SIGXCPU", 24, "CPU time limit exceeded"),
    ("SIGXFSZ", 25, "File size limit exceeded"), ("SIGVTALRM", 26, "Virtual timer expired"),
    ("SIGPROF", 27, "Profiling timer expired"), ("SIGWINCH", 28, "Window changed"), ("SIGIO", 29, "I/O possible"),
    ("SIGPWR", 30, "Power failure"), ("SIGSYS", 31, "Bad system call"),
]
_SIGRTMIN, _SIGRTMAX = 34, 64
_DESCRIPTIONS = {number: text for _, number, text in _SIGNALS}

Signals = _IntEnum("Signals", [(name, number) for name, number, _ in _SIGNALS] +
                   [("SIGRTMIN", _SIGRTMIN), ("SIGRTMAX", _SIGRTMAX), ("SIGIOT", 6), ("SIGPOLL", 29),
                    ("SIGCLD", 17)], module="signal")
Handlers = _IntEnum("Handlers", [("SIG_DFL", 0), ("SIG_IGN", 1)], module="signal")
Sigmasks = _IntEnum("Sigmasks", [("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1), ("SIG_SETMASK", 2)], module="signal")

globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)

# What each signal does now, as getsignal reports it. Rust programs start
# with SIGPIPE ignored, and the interpreter ignores SIGXFSZ, as CPython
# does.
_handlers = {number: SIG_DFL for number in range(1, NSIG)}
_handlers[SIGINT] = default_int_handler
_handlers[SIGPIPE] = SIG_IGN
_handlers[SIGXFSZ] = SIG_IGN


def _number(signalnum):
    n = _index(signalnum)
    if not 1 <= n < NSIG:
        raise ValueError("signal number out of range")
    return n


def signal(signalnum, handler):
    """Set the action for the given signal; return the previous one."""
    n = _number(signalnum)
    if handler is default_int_handler:
        kind = 2
    elif handler in (SIG_DFL, SIG_IGN) and isinstance(handler, int):
        kind = int(handler)
    elif callable(handler):
        kind = 3
    else:
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    _signal.set_disposition(n, kind, handler)
    previous = _handlers[n]
    _handlers[n] = Handlers(handler) if kind in (0, 1) else handler
    return previous


def getsignal(signalnum):
    """Return the current action for the given signal."""
    return _handlers[_number(signalnum)]


def raise_signal(signalnum):
    """Send a signal to the executing process."""
    _signal.raise_signal(_number(signalnum))


def strsignal(signalnum):
    """Return the system description of the given signal."""
    n = _number(signalnum)
    if _SIGRTMIN <= n <= _SIGRTMAX:
        return f"Real-time signal {n - _SIGRTMIN}"
    return _DESCRIPTIONS.get(n)


def valid_signals():
    """Return a set of valid signal numbers on this platform."""
    return {Signals(n) if n in Signals._value2member_map_ else n for n in range(1, NSIG) if n not in (32, 33)}

"""faulthandler: dump the Python traceback on faults and on request.

ferropy turns what would crash CPython (a bad memory access in C code)
into Python exceptions or a reported internal error, so enable() has no
fatal signals to catch: it records the setting and the file, which
is_enabled() reports. dump_traceback() writes the running stack as
CPython does. The watchdog (dump_traceback_later) and dumping on a
user signal (register) need threads and are not supported yet.
"""

import sys

_enabled = False
_file = None


def _fileno(file):
    if file is None:
        file = sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descriptor")
        return file, None
    fd = file.fileno()
    if fd < 0:
        raise ValueError("file is not a valid file descriptor")
    if hasattr(file, "flush"):
        file.flush()
    return fd, file


def enable(file=None, all_threads=True):
    global _enabled, _file
    _file = _fileno(file)
    _enabled = True


def disable():
    global _enabled, _file
    was = _enabled
    _enabled = False
    _file = None
    return was


def is_enabled():
    return _enabled


def dump_traceback(file=None, all_threads=True):
    """Writes the stack of the running thread, newest call first."""
    fd, stream = _fileno(file)
    lines = ["Stack (most recent call first):\n" if not all_threads else
             "Current thread 0x%016x (most recent call first):\n" % _thread_id()]
    frame = sys._getframe(1)
    while frame is not None:
        lines.append('  File "%s", line %d in %s\n' % (frame.f_code.co_filename, frame.f_lineno,
                                                         frame.f_code.co_name))
        try:
            frame = frame.f_back
        except NotImplementedError:
            break
    text = "".join(lines)
    if stream is not None:
        stream.write(text)
        stream.flush()
    else:
        import os
        os.write(fd, text.encode("utf-8", "backslashreplace"))


def _thread_id():
    import _thread
    return _thread.get_ident()


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    raise NotImplementedError("faulthandler.dump_traceback_later() needs threads, which ferropy does not have yet")


def cancel_dump_traceback_later():
    pass


def register(signum, file=None, all_threads=True, chain=False):
    raise NotImplementedError("faulthandler.register() is not supported by ferropy yet")


def unregister(signum):
    return False

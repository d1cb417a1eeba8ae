"""termios: POSIX terminal control — the attributes of a terminal as
[iflag, oflag, cflag, lflag, ispeed, ospeed, cc], and the calls that
flush, drain and size it. Errors are termios.error(errno, text)."""

import _termioscalls as _calls
from _termios_constants import *  # noqa: F401,F403


class error(Exception):
    __module__ = "termios"


def _calling(function):
    def call(*args):
        try:
            return function(*args)
        except OSError as e:
            raise error(e.errno, e.strerror) from None
    call.__name__ = function.__name__
    return call


def _fd(fd):
    if not isinstance(fd, int):
        try:
            fd = fd.fileno()
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method.") from None
    return fd


tcgetattr = _calling(lambda fd: _calls.tcgetattr(_fd(fd)))
tcsetattr = _calling(lambda fd, when, attributes: _calls.tcsetattr(_fd(fd), when, attributes))
tcsendbreak = _calling(lambda fd, duration: _calls.tcsendbreak(_fd(fd), duration))
tcdrain = _calling(lambda fd: _calls.tcdrain(_fd(fd)))
tcflush = _calling(lambda fd, queue: _calls.tcflush(_fd(fd), queue))
tcflow = _calling(lambda fd, action: _calls.tcflow(_fd(fd), action))
tcgetwinsize = _calling(lambda fd: _calls.tcgetwinsize(_fd(fd)))
tcsetwinsize = _calling(lambda fd, winsize: _calls.tcsetwinsize(_fd(fd), winsize))
for _name in ("tcgetattr", "tcsetattr", "tcsendbreak", "tcdrain", "tcflush", "tcflow", "tcgetwinsize",
              "tcsetwinsize"):
    globals()[_name].__name__ = _name
del _name

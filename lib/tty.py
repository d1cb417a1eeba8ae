"""tty: putting a terminal in raw or cbreak mode (over termios)."""

from termios import *  # noqa: F401,F403
from termios import (BRKINT, CS8, CSIZE, ECHO, ICANON, ICRNL, IEXTEN, INPCK, ISIG, ISTRIP, IXON, OPOST,
                     PARENB, TCSAFLUSH, VMIN, VTIME, tcgetattr, tcsetattr)

__all__ = ["setraw", "setcbreak"]

# Indexes into the list tcgetattr returns.
IFLAG, OFLAG, CFLAG, LFLAG, ISPEED, OSPEED, CC = range(7)


def setraw(fd, when=TCSAFLUSH):
    """Raw mode: no input processing, no echo, no signals, 8-bit bytes,
    reads return after one byte."""
    mode = tcgetattr(fd)
    mode[IFLAG] &= ~(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
    mode[OFLAG] &= ~OPOST
    mode[CFLAG] &= ~(CSIZE | PARENB)
    mode[CFLAG] |= CS8
    mode[LFLAG] &= ~(ECHO | ICANON | IEXTEN | ISIG)
    mode[CC][VMIN] = 1
    mode[CC][VTIME] = 0
    tcsetattr(fd, when, mode)


def setcbreak(fd, when=TCSAFLUSH):
    """Cbreak mode: no echo, no line editing; signals still work."""
    mode = tcgetattr(fd)
    mode[LFLAG] &= ~(ECHO | ICANON)
    mode[CC][VMIN] = 1
    mode[CC][VTIME] = 0
    tcsetattr(fd, when, mode)

import os, termios
r, w = os.pipe()
for call in (lambda: termios.tcgetattr(r), lambda: termios.tcdrain(r), lambda: termios.tcgetwinsize(w),
             lambda: termios.tcsetattr(r, termios.TCSANOW, [0] * 7)):
    try:
        call()
    except termios.error as e:
        print(type(e).__name__, e.args)
os.close(r); os.close(w)
print(termios.TCSANOW, termios.ECHO, termios.ICANON, termios.VMIN, termios.NCCS, termios.B9600, termios.TIOCGWINSZ)
try:
    termios.tcgetattr("x")
except TypeError as e:
    print(e)
print(termios.tcgetattr.__name__, issubclass(termios.error, Exception))
# A pseudo-terminal's master side is a terminal.
fd = os.open("/dev/ptmx", os.O_RDWR)
attrs = termios.tcgetattr(fd)
print(len(attrs), len(attrs[6]), type(attrs[6][0]).__name__)
termios.tcsetattr(fd, termios.TCSANOW, attrs)
print(termios.tcgetattr(fd) == attrs)
termios.tcsetwinsize(fd, (24, 80))
print(termios.tcgetwinsize(fd))
os.close(fd)
import tty
fd = os.open("/dev/ptmx", os.O_RDWR)
tty.setraw(fd)
raw = termios.tcgetattr(fd)
print(raw[tty.LFLAG] & termios.ECHO, raw[tty.CC][termios.VMIN], raw[tty.CFLAG] & termios.CS8 == termios.CS8)
tty.setcbreak(fd)
print(termios.tcgetattr(fd)[tty.LFLAG] & termios.ICANON)
os.close(fd)

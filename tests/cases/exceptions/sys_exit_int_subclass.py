# sys.exit with an int subclass (pytest exits with an IntEnum member): the
# member's value is the exit status.
import enum
import sys


class Code(enum.IntEnum):
    FAILED = 3


print("exiting")
sys.exit(Code.FAILED)

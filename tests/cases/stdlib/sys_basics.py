# sys: the attributes the seminar's programs use.
import sys

print(sys.argv, type(sys.path).__name__, sys.path[0].endswith("stdlib"), "sys" in sys.modules, sys.modules["sys"] is sys)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), sys.version.split()[0].count("."), sys.platform, sys.byteorder)
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.hash_info.modulus, sys.hash_info.width, sys.int_info.bits_per_digit > 0, sys.maxunicode)
print(type(sys.implementation.name).__name__, sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit(), sys.getdefaultencoding(), sys.stdout.write("direct\n"), sys.stdin is sys.__stdin__)
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, sys.exception() is v)
print(sys.exc_info())
print("to stderr", file=sys.stderr)
sys.stdout.flush()
try:
    sys.exit("bye")
except SystemExit as e:
    print("SystemExit", e.code)
sys.exit(3)

class AppError(Exception):
    """Base for app errors."""

class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key

class WithStr(Exception):
    def __str__(self):
        return "custom str"

try:
    raise NotFound("x")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, isinstance(e, Exception))

print(str(WithStr()), repr(WithStr(1, 2)))
print(repr(Exception()), repr(Exception("a")), repr(Exception("a", 2)), str(Exception("a", 2)))
print(str(Exception()), str(KeyError("k")), repr(KeyError("k")))
print(NotFound.__mro__)
print(issubclass(NotFound, BaseException), issubclass(KeyboardInterrupt, Exception))
print(AppError.__doc__)

e = ValueError("v")
e.extra = 42
print(e.extra, e.args)
e.args = ("changed",)
print(e)

class Multi(ValueError, KeyError):
    pass
try:
    raise Multi("m")
except KeyError as e:
    print("caught as KeyError", type(e).__name__)

# exception attributes
try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, e)
try:
    raise FileNotFoundError(2, "nope", "f.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename, e)
print(OSError(2, "x").__class__.__name__)
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value)
try:
    raise SystemExit(3)
except SystemExit as e:
    print(e.code)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u)
print(u.start, u.end, u.reason)

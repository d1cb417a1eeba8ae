# contextlib and string.
import contextlib
import string
import sys


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed KeyError")


with swallow():
    {}["x"]
print("after swallow")


@tag("deco")
def decorated():
    print("in decorated")


decorated()
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")


class Buffer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


buf = Buffer()
with contextlib.redirect_stdout(buf):
    print("hidden")
print(repr("".join(buf.parts)))


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


with contextlib.closing(Resource("r1")) as r:
    print("using", r.name)
with contextlib.nullcontext(42) as v:
    print(v)
with contextlib.ExitStack() as stack:
    for n in range(3):
        stack.enter_context(tag(f"t{n}"))
    stack.callback(print, "callback ran")
    print("body")
try:
    with contextlib.ExitStack() as stack:
        stack.callback(print, "cleanup despite error")
        raise RuntimeError("inner")
except RuntimeError as e:
    print("propagated", e)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   wide world"), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}; costs $$5")
print(t.substitute(who="Tim", what="kung pao"), t.safe_substitute(who="Ann"), t.get_identifiers())
for bad in [lambda: t.substitute(who="x"), lambda: string.Template("cost $").substitute(), lambda: string.Template("${ bad}").substitute()]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)

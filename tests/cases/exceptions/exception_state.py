import sys

print(sys.exc_info())
try:
    raise ValueError("a")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, type(tb).__name__)
    print(sys.exception() if hasattr(sys, "exception") else "no sys.exception")
print(sys.exc_info())

def inner():
    return sys.exc_info()[0]
try:
    raise KeyError
except KeyError:
    print(inner().__name__)

# exception restored after nested handler
try:
    raise ValueError("outer")
except ValueError:
    try:
        raise TypeError("inner")
    except TypeError:
        print(sys.exc_info()[1])
    print(sys.exc_info()[1])

# traceback objects
def fail():
    raise RuntimeError("tb")
try:
    fail()
except RuntimeError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
        n += 1
    print(n)

# with_traceback
e = ValueError("x").with_traceback(None)
print(e.__traceback__)

# add_note (3.11)
try:
    err = ValueError("noted")
    err.add_note("first note")
    err.add_note("second")
    raise err
except ValueError as e:
    print(e.__notes__)

def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise TypeError("one")
    return n

for n in range(3):
    try:
        try:
            risky(n)
        except ValueError:
            raise KeyError("from handler")
        finally:
            print("inner finally", n)
    except KeyError as e:
        print("outer caught", repr(e), "context:", repr(e.__context__))
    except TypeError as e:
        print("outer caught type error", e)
    else:
        print("no error for", n)

def handler_raises():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][0]
        except IndexError as ie:
            return ie.__context__.__class__.__name__
print(handler_raises())

try:
    try:
        raise ValueError("a")
    except ValueError as err:
        del err
        raise
except ValueError as again:
    print("reraised", again)

class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("exit failed")
try:
    with Ctx():
        raise ValueError("body")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))

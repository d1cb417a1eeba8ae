def show(e):
    print(type(e).__name__, e.args, "cause:", repr(e.__cause__), "context:", repr(e.__context__),
          "suppress:", e.__suppress_context__)

try:
    try:
        raise ValueError("inner")
    except ValueError as v:
        raise TypeError("outer") from v
except TypeError as e:
    show(e)

try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer")
except TypeError as e:
    show(e)

try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer") from None
except TypeError as e:
    show(e)

# raise from a class instantiates it
try:
    raise KeyError from IndexError
except KeyError as e:
    show(e)

# context set in finally
try:
    try:
        raise ValueError(1)
    finally:
        try:
            raise IndexError(2)
        except IndexError as ie:
            show(ie)
except ValueError as e:
    show(e)

# raising a non-exception
for bad in (1, "s", object):
    try:
        raise bad
    except TypeError as e:
        print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)

# bare raise with no active exception
try:
    raise
except RuntimeError as e:
    print(e)

# exception chain objects in a loop
try:
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 2:
                raise
except ValueError as e:
    print("last", e, e.__context__)

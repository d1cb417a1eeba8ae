def f(x):
    out = []
    try:
        out.append("try")
        if x == 1:
            raise ValueError("one")
        if x == 2:
            return "returned"
    except ValueError as e:
        out.append("except " + str(e))
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out

for i in range(3):
    print(i, f(i))

def g():
    try:
        return 1
    finally:
        return 2
print(g())

def h():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        finally:
            print("finally", i)
    return i
print(h())

def nested():
    try:
        try:
            raise KeyError("k")
        except TypeError:
            print("not here")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
nested()

# name bound by except is deleted afterwards
try:
    raise RuntimeError("x")
except RuntimeError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)

# tuple of exception types
for exc in (ValueError, TypeError, IndexError):
    try:
        raise exc("boom")
    except (ValueError, IndexError) as e:
        print("caught", type(e).__name__)
    except Exception as e:
        print("generic", type(e).__name__)

# bare except and re-raise
try:
    try:
        1 / 0
    except:
        print("bare except")
        raise
except ZeroDivisionError as e:
    print("re-raised:", e)

# Exception groups printed as CPython 3.11 boxes them: nesting, chains
# inside members, more than 15 members, max depth, raising in except*.
import traceback, sys
def leaf(n):
    try:
        raise KeyError(n)
    except KeyError as e:
        raise ValueError(f"bad {n}") from e
def make():
    errs = []
    for i in range(3):
        try: leaf(i)
        except ValueError as e: errs.append(e)
    inner = ExceptionGroup("inner", [TypeError("t"), OSError("o")])
    errs.append(inner)
    return ExceptionGroup("outer", errs)
try:
    raise make()
except ExceptionGroup as eg:
    print("".join(traceback.format_exception(eg)))
big = ExceptionGroup("big", [ValueError(i) for i in range(17)])
traceback.print_exception(big, file=sys.stdout)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise RuntimeError("in handler")
except BaseException as e:
    traceback.print_exception(e, file=sys.stdout)
def deep(n):
    return ExceptionGroup(f"d{n}", [deep(n - 1) if n else ValueError("bottom")])
traceback.print_exception(deep(12), file=sys.stdout)

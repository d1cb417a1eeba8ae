# traceback: format_exc/print_exc, format_exception (chained), the
# exception-only lines, extract_tb/FrameSummary, format_tb, limits,
# extract_stack, TracebackException.
import sys
import traceback


def fail(n):
    if n == 0:
        return 1 / n
    return fail(n - 1)


try:
    fail(2)
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text)
    traceback.print_exc(file=sys.stdout)
    exc = sys.exception()

parts = traceback.format_exception(exc)
print(len(parts), parts[0], parts[-1], end="")
print("".join(traceback.format_exception(exc, limit=1)), end="")
print("".join(traceback.format_exception(exc, limit=-1)), end="")
print(traceback.format_exception_only(exc), traceback.format_exception_only(ValueError("v")))
print(traceback.format_exception(type(exc), exc, exc.__traceback__) == parts)
tb = exc.__traceback__
summary = traceback.extract_tb(tb)
print(len(summary), [(f.name, f.lineno, f.line) for f in summary])
print(summary[0] == (__file__, summary[0].lineno, "<module>", "fail(2)"), repr(summary[-1])[:14])
print([tuple(f)[1:] for f in summary])
for chunk in traceback.format_tb(tb, limit=2):
    print(repr(chunk))
print(traceback.format_list([("f.py", 3, "g", "return x"), ("f.py", 9, "h", None)]))

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    chained = e
print("".join(traceback.format_exception(chained)), end="")
print("".join(traceback.format_exception(chained, chain=False)), end="")
try:
    try:
        int("x")
    except ValueError:
        undefined_name
except NameError as e:
    traceback.print_exception(e, file=sys.stdout)
err = SyntaxError("bad syntax", ("prog.py", 3, 5, "x = = 1\n", 3, 8))
print(traceback.format_exception_only(err))


def where():
    return traceback.extract_stack()


stack = where()
print([(f.name, f.line) for f in stack[-2:]])
print("".join(traceback.format_stack()[-1:]), end="")
te = traceback.TracebackException.from_exception(chained)
print(str(te), te.exc_type.__name__, te.__cause__.exc_type.__name__, len(te.stack))
print("".join(te.format()) == "".join(traceback.format_exception(chained)))
print(list(te.format_exception_only()))
print(traceback.format_exception(None), traceback.format_exception_only(None))


def deep(n):
    return deep(n + 1) if n < 30 else 1 / 0


try:
    deep(0)
except ZeroDivisionError as e:
    print("".join(traceback.format_tb(e.__traceback__)[-4:]), end="")

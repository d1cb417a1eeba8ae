# An exception group left unhandled by except*: the boxed traceback, exit 1.
def f():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
try:
    f()
except* ValueError:
    print("handled values")

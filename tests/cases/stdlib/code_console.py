# code: interact() with a read function, InteractiveConsole.push, InteractiveInterpreter.runsource;
# tracebacks and syntax errors shown as the prompt shows them; a MagicMock str.
import code, io, sys
lines = iter(["x = 6 * 7", "x", "def f(n):", "    return n + 1", "", "f(x)", "1/0", "def g(:", "for i in range(2):", "    print(i)", "", "raise SystemExit(3)"])
def read(prompt):
    print("PROMPT", repr(prompt))
    try:
        return next(lines)
    except StopIteration:
        raise EOFError
sys.stderr = sys.stdout
try:
    code.interact(banner="hello", readfunc=read, local={"__name__": "__console__"}, exitmsg="bye")
except SystemExit as e:
    print("exit", e.code)
c = code.InteractiveConsole(filename="<mine>")
print(c.push("y = ("), c.push("1, 2)"), c.locals["y"])
c.push("y[5]")
c.push("else:")
ii = code.InteractiveInterpreter()
print(ii.runsource("if 1:"), ii.runsource("z = 5"), ii.locals["z"], ii.locals["__name__"])
print(code.compile_command("a = 1") is not None, code.compile_command("if a:"))
from unittest import mock
m = mock.MagicMock()
print(str(m).startswith("<MagicMock id="), hash(m) == object.__hash__(m), sys.excepthook is sys.__excepthook__)

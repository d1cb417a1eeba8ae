"""The Python debugger.

ferropy has no tracing hooks yet (sys.settrace), so the debugger cannot
run: this module can be imported (programs and libraries refer to
pdb.set_trace), and every way of starting the debugger raises
NotImplementedError saying so.
"""

__all__ = ["run", "pm", "Pdb", "runeval", "runctx", "runcall", "set_trace", "post_mortem", "help"]


class Restart(Exception):
    """Causes a debugger to be restarted for the debugged python program."""


def _unsupported(what):
    raise NotImplementedError(f"pdb.{what}: the debugger is not supported by ferropy yet")


class Pdb:
    """The debugger (not supported by ferropy yet)."""

    def __init__(self, completekey="tab", stdin=None, stdout=None, skip=None, nosigint=False, readrc=True):
        self.stdin = stdin
        self.stdout = stdout
        self.skip = set(skip) if skip else None

    def set_trace(self, frame=None):
        _unsupported("Pdb.set_trace")

    def run(self, cmd, globals=None, locals=None):
        _unsupported("Pdb.run")

    def runeval(self, expr, globals=None, locals=None):
        _unsupported("Pdb.runeval")

    def runcall(self, func, /, *args, **kwds):
        _unsupported("Pdb.runcall")


def run(statement, globals=None, locals=None):
    _unsupported("run")


def runeval(expression, globals=None, locals=None):
    _unsupported("runeval")


def runctx(statement, globals, locals):
    _unsupported("runctx")


def runcall(*args, **kwds):
    _unsupported("runcall")


def set_trace(*, header=None):
    _unsupported("set_trace")


def post_mortem(t=None):
    _unsupported("post_mortem")


def pm():
    _unsupported("pm")


def help():
    print(__doc__)

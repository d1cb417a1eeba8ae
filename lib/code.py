"""Interactive interpreters written in Python (`code`): what embeds a
Python prompt in a program (debuggers, game consoles, `python -m code`).

InteractiveInterpreter compiles and runs source in a namespace, showing
errors as the prompt does; InteractiveConsole adds the line buffer and
the read loop; `interact()` runs one.
"""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact", "compile_command"]


class InteractiveInterpreter:
    """Runs source in `locals` (a new `__console__` namespace by
    default); errors are written with `write()`."""

    def __init__(self, locals=None):
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compiles and runs `source`. True when it is incomplete (the
        caller should add a line and call again); False when it ran, or
        could not be compiled (the error was shown)."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        """Runs a code object; an exception other than SystemExit is
        shown, not raised."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except BaseException:
            self.showtraceback()

    def showsyntaxerror(self, filename=None):
        """Shows the SyntaxError being handled (no traceback: it happened
        in this code, not the user's), naming `filename` if given."""
        kind, value, tb = sys.exc_info()
        sys.last_type, sys.last_value, sys.last_traceback = kind, value, tb
        if filename and kind is SyntaxError:
            try:
                msg, (_, lineno, offset, line) = value.args
            except ValueError:
                pass
            else:
                value = SyntaxError(msg, (filename, lineno, offset, line))
                sys.last_value = value
        if sys.excepthook is sys.__excepthook__:
            self.write("".join(traceback.format_exception_only(kind, value)))
        else:
            sys.excepthook(kind, value, tb)

    def showtraceback(self):
        """Shows the exception being handled, without this module's own
        frame at the top of the traceback."""
        kind, value, tb = sys.exc_info()
        sys.last_type, sys.last_value, sys.last_traceback = kind, value, tb
        tb = tb.tb_next if tb is not None else None
        try:
            if sys.excepthook is sys.__excepthook__:
                self.write("".join(traceback.format_exception(kind, value, tb)))
            else:
                sys.excepthook(kind, value, tb)
        finally:
            kind = value = tb = None

    def write(self, data):
        """Writes error output (to sys.stderr)."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An interpreter that reads lines, keeping those of a statement not
    yet complete in a buffer."""

    def __init__(self, locals=None, filename="<console>"):
        super().__init__(locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        """Forgets the lines of an unfinished statement."""
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        """The read-run loop, with sys.ps1/sys.ps2 as prompts, until end of
        input. `banner` and `exitmsg` are printed first and last (an
        empty string prints nothing, None a default)."""
        for name, default in (("ps1", ">>> "), ("ps2", "... ")):
            if not hasattr(sys, name):
                setattr(sys, name, default)
        notice = 'Type "help", "copyright", "credits" or "license" for more information.'
        if banner is None:
            self.write(f"Python {sys.version} on {sys.platform}\n{notice}\n({type(self).__name__})\n")
        elif banner:
            self.write(f"{banner}\n")
        more = False
        while True:
            try:
                prompt = sys.ps2 if more else sys.ps1
                try:
                    line = self.raw_input(prompt)
                except EOFError:
                    self.write("\n")
                    break
                more = self.push(line)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                more = False
        if exitmsg is None:
            self.write(f"now exiting {type(self).__name__}...\n")
        elif exitmsg != "":
            self.write(f"{exitmsg}\n")

    def push(self, line):
        """Adds a line; runs the buffer once it is a whole statement. True
        while more lines are needed."""
        self.buffer.append(line)
        more = self.runsource("\n".join(self.buffer), self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        """Reads a line (input() by default; EOFError at the end)."""
        return input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Runs an InteractiveConsole over `local`, reading lines with
    `readfunc` (input() by default)."""
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    console.interact(banner, exitmsg)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("-q", action="store_true", help="don't print version and copyright messages")
    args = parser.parse_args()
    interact("" if args.q or sys.flags.quiet else None)

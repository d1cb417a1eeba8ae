"""Compiling source a line at a time, for interactive prompts (`codeop`).

`compile_command` answers one of three things about what has been typed so
far: a code object (it is a whole statement), None (it has not ended yet:
read another line), or SyntaxError (no further line can mend it). The
compiler itself says "incomplete input" when asked to with
PyCF_ALLOW_INCOMPLETE_INPUT; PyCF_DONT_IMPLY_DEDENT makes a block end only
with a newline, as at a prompt.
"""

import __future__
import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

# The compiler flags of every __future__ feature, which a Compile
# instance remembers once a statement it compiled has used them.
_FEATURE_FLAGS = [getattr(__future__, name).compiler_flag for name in __future__.all_feature_names]


def _only_comments(source):
    return all(not line.strip() or line.strip().startswith("#") for line in source.split("\n"))


def _maybe_compile(compiler, source, filename, symbol):
    # Nothing but blanks and comments is a whole (empty) statement.
    if symbol != "eval" and _only_comments(source):
        source = "pass"
    with warnings.catch_warnings():
        # A warning would be shown again when the statement is complete.
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        try:
            return compiler(source, filename, symbol)
        except SyntaxError as first:
            # One more line may complete it: then wait for that line.
            try:
                compiler(source + "\n", filename, symbol)
                return None
            except SyntaxError as second:
                if "incomplete input" in str(second):
                    return None
            if "incomplete input" not in str(first):
                raise
    # The error is real: raise it as a plain compile does.
    return compiler(source, filename, symbol, incomplete_input=False)


def compile_command(source, filename="<input>", symbol="single"):
    """Compiles a command: a code object if it is complete, None if it
    needs more input, SyntaxError (or OverflowError/ValueError) if it is
    invalid. `symbol` is "single" (the default), "exec" or "eval"."""
    return _maybe_compile(Compile(), source, filename, symbol)


class Compile:
    """Like the built-in compile(), but remembers the __future__ features
    a compiled statement turned on, and uses them for the next ones."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        flags = self.flags
        if kwargs.get("incomplete_input", True) is False:
            flags &= ~(PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)
        code = compile(source, filename, symbol, flags, True)
        for feature in _FEATURE_FLAGS:
            if code.co_flags & feature:
                self.flags |= feature
        return code


class CommandCompiler:
    """compile_command() that remembers __future__ features between the
    statements it compiles."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)

"""The debugger framework under pdb.

ferropy has no tracing hooks yet (sys.settrace), so no debugger can run:
the module's names exist (libraries catch BdbQuit and keep Breakpoint
tables), and starting to trace raises NotImplementedError saying so.
"""

import fnmatch
import os
import sys

__all__ = ["BdbQuit", "Bdb", "Breakpoint"]

GENERATOR_AND_COROUTINE_FLAGS = 0x20 | 0x80 | 0x200


class BdbQuit(Exception):
    """Exception to give up completely."""


def _unsupported(what):
    raise NotImplementedError(f"bdb.{what}: tracing (sys.settrace) is not supported by ferropy yet")


class Bdb:
    """Generic debugger base class (cannot trace in ferropy yet)."""

    def __init__(self, skip=None):
        self.skip = set(skip) if skip else None
        self.breaks = {}
        self.fncache = {}
        self.frame_returning = None

    def canonic(self, filename):
        if filename == "<" + filename[1:-1] + ">":
            return filename
        canonic = self.fncache.get(filename)
        if not canonic:
            canonic = os.path.normcase(os.path.abspath(filename))
            self.fncache[filename] = canonic
        return canonic

    def is_skipped_module(self, module_name):
        if module_name is None:
            return False
        return any(fnmatch.fnmatch(module_name, pattern) for pattern in self.skip or ())

    def reset(self):
        self.botframe = None
        self.stopframe = None
        self.returnframe = None
        self.quitting = False

    def set_trace(self, frame=None):
        _unsupported("Bdb.set_trace")

    def run(self, cmd, globals=None, locals=None):
        _unsupported("Bdb.run")

    def runeval(self, expr, globals=None, locals=None):
        _unsupported("Bdb.runeval")

    def runctx(self, cmd, globals, locals):
        _unsupported("Bdb.runctx")

    def runcall(self, func, /, *args, **kwds):
        _unsupported("Bdb.runcall")

    def set_quit(self):
        self.quitting = True
        raise BdbQuit

    def get_all_breaks(self):
        return self.breaks

    def get_breaks(self, filename, lineno):
        filename = self.canonic(filename)
        return filename in self.breaks and lineno in self.breaks[filename] and \
            Breakpoint.bplist[filename, lineno] or []


class Breakpoint:
    """A breakpoint: a file and line, with a condition and counts."""

    next = 1
    bplist = {}
    bpbynumber = [None]

    def __init__(self, file, line, temporary=False, cond=None, funcname=None):
        self.funcname = funcname
        self.func_first_executable_line = None
        self.file = file
        self.line = line
        self.temporary = temporary
        self.cond = cond
        self.enabled = True
        self.ignore = 0
        self.hits = 0
        self.number = Breakpoint.next
        Breakpoint.next += 1
        self.bpbynumber.append(self)
        self.bplist.setdefault((file, line), []).append(self)

    @staticmethod
    def clearBreakpoints():
        Breakpoint.next = 1
        Breakpoint.bplist = {}
        Breakpoint.bpbynumber = [None]

    def deleteMe(self):
        index = (self.file, self.line)
        self.bpbynumber[self.number] = None
        self.bplist[index].remove(self)
        if not self.bplist[index]:
            del self.bplist[index]

    def enable(self):
        self.enabled = True

    def disable(self):
        self.enabled = False

    def __str__(self):
        disp = "del  " if self.temporary else "keep "
        disp += "yes  " if self.enabled else "no   "
        return "%-4dbreakpoint   %s at %s:%d" % (self.number, disp, self.file, self.line)


def set_trace():
    Bdb().set_trace(sys._getframe().f_back)

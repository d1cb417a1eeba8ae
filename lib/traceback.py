"""Printing and formatting tracebacks, as the interpreter does.

The text of an exception comes from the runtime's own printer (through
`_ferropy`), so `format_exception` and an uncaught exception read the
same, markers under the failing expression included. Frame summaries
(`extract_tb`, `extract_stack`) are built here from traceback and frame
objects.
"""

import sys

import linecache
from _ferropy import exception_chunks, exception_only, traceback_chunks

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only", "format_list",
           "format_stack", "format_tb", "print_exc", "format_exc", "print_exception", "print_last",
           "print_stack", "print_tb", "clear_frames", "FrameSummary", "StackSummary",
           "TracebackException", "walk_stack", "walk_tb"]

_sentinel = object()


def _value_of(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        return exc
    return value


def _file(file):
    return sys.stderr if file is None else file


# -- whole exceptions ----------------------------------------------------------

def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value = _value_of(exc, value, tb)
    if value is None:
        return ["NoneType: None\n"]
    if not isinstance(value, BaseException):
        raise TypeError(f"Exception expected for value, {type(value).__name__} found")
    if tb is _sentinel or tb is value.__traceback__:
        return exception_chunks(value, chain, limit)
    # A traceback given apart from the exception (say, with the caller's
    # own frames cut off) is the one shown for it.
    own = value.__traceback__
    try:
        value.__traceback__ = tb
        return exception_chunks(value, chain, limit)
    finally:
        value.__traceback__ = own


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        return ["NoneType: None\n"]
    return exception_only(value)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    file = _file(file)
    for chunk in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(chunk, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


# -- tracebacks and stacks -----------------------------------------------------

def format_tb(tb, limit=None):
    return traceback_chunks(tb, limit)


def print_tb(tb, limit=None, file=None):
    file = _file(file)
    for chunk in format_tb(tb, limit):
        print(chunk, file=file, end="")


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Frames and line numbers from `f` down its f_back chain. With None,
    the walk starts four frames above this generator's, as CPython 3.11's
    does (the frames of StackSummary.extract consuming it are skipped)."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class FrameSummary:
    """One frame: filename, lineno, name, and the source line."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        if limit is not None and limit >= 0:
            # Only as many frames as asked for: older ones are not read.
            import itertools

            frames = list(itertools.islice(frame_gen, limit))
        else:
            frames = list(frame_gen)
            if limit is not None:
                frames = frames[limit:]
        result = klass()
        for f, lineno in frames:
            code = f.f_code
            linecache.lazycache(code.co_filename, f.f_globals)
            result.append(FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(frame_summary.filename, frame_summary.lineno,
                                                      frame_summary.name)]
        if frame_summary.line:
            row.append("    {}\n".format(frame_summary.line.strip()))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append("    {name} = {value}\n".format(name=name, value=value))
        return "".join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if key == last:
                count += 1
                if count >= 3:
                    continue
            else:
                if count >= 3:
                    more = count - 2
                    result.append(f"  [Previous line repeated {more} more time{'s' if more > 1 else ''}]\n")
                last = key
                count = 0
            result.append(self.format_frame_summary(frame))
        if count >= 3:
            more = count - 2
            result.append(f"  [Previous line repeated {more} more time{'s' if more > 1 else ''}]\n")
        return result


def extract_tb(tb, limit=None):
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    file = _file(file)
    for item in format_list(extracted_list):
        print(item, file=file, end="")


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    pass


class TracebackException:
    """An exception ready to be formatted later (keeps the exception)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        self._exc = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.exc_type = exc_type
        self._str = str(exc_value) if exc_value is not None else ""
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit, lookup_lines=lookup_lines,
                                          capture_locals=capture_locals)
        self.__notes__ = getattr(exc_value, "__notes__", None)
        cause = getattr(exc_value, "__cause__", None)
        context = getattr(exc_value, "__context__", None)
        self.__suppress_context__ = getattr(exc_value, "__suppress_context__", False)
        self.__cause__ = (TracebackException(type(cause), cause, cause.__traceback__, limit=limit)
                          if cause is not None else None)
        self.__context__ = (TracebackException(type(context), context, context.__traceback__, limit=limit)
                            if context is not None and cause is None and not self.__suppress_context__
                            else None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = str(exc_value.lineno) if exc_value.lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        return iter(format_exception_only(self._exc))

    def format(self, *, chain=True):
        if self._exc is None:
            return iter(format_exception(self._exc, limit=self._limit, chain=chain))
        return iter(format_exception(type(self._exc), self._exc, self._tb, limit=self._limit, chain=chain))

    def print(self, *, file=None, chain=True):
        file = _file(file)
        for line in self.format(chain=chain):
            print(line, file=file, end="")

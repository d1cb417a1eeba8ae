"""Disassembler of ferropy's canonical bytecode: the `dis` module.

`co_code` is two-byte wordcode numbered as CPython 3.6 numbers it, jump
arguments in bytes; the listing has CPython's columns: line number, a
`>>` on jump targets, offset, opname, argument and its meaning.
The interpreter may run a specialised internal form of the same code;
what is shown here is always the canonical one.
"""

import sys
import types

from opcode import (cmp_op, hasconst, hasname, hasjrel, hasjabs, haslocal, hascompare,
                    hasfree, opname, opmap, HAVE_ARGUMENT, EXTENDED_ARG)

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts", "findlabels",
           "show_code", "get_instructions", "Instruction", "Bytecode", "cmp_op", "hasconst",
           "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare", "hasfree", "opname",
           "opmap", "HAVE_ARGUMENT", "EXTENDED_ARG"]

_have_code = (types.MethodType, types.FunctionType, types.CodeType, classmethod, staticmethod,
              type, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType)

FORMAT_VALUE = opmap.get("FORMAT_VALUE")
_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5

COMPILER_FLAG_NAMES = {1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS",
                       16: "NESTED", 32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE",
                       256: "ITERABLE_COROUTINE", 512: "ASYNC_GENERATOR"}


class _Output:
    """Collects text written to it (instead of io.StringIO)."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def getvalue(self):
        return "".join(self.parts)


def _print(*args, file=None):
    print(*args, file=file if file is not None else sys.stdout)


class Instruction(tuple):
    """One instruction: opname, opcode, arg, argval, argrepr, offset,
    starts_line and is_jump_target (a named tuple)."""

    _fields = ("opname", "opcode", "arg", "argval", "argrepr", "offset", "starts_line",
               "is_jump_target")

    def __new__(cls, opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target):
        return super().__new__(cls, (opname, opcode, arg, argval, argrepr, offset, starts_line,
                                     is_jump_target))

    opname = property(lambda self: self[0])
    opcode = property(lambda self: self[1])
    arg = property(lambda self: self[2])
    argval = property(lambda self: self[3])
    argrepr = property(lambda self: self[4])
    offset = property(lambda self: self[5])
    starts_line = property(lambda self: self[6])
    is_jump_target = property(lambda self: self[7])

    def __repr__(self):
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self))
        return f"Instruction({fields})"

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append(f"{self.starts_line:{lineno_width}d}")
            else:
                fields.append(" " * lineno_width)
        fields.append("-->" if mark_as_current else "   ")
        fields.append(">>" if self.is_jump_target else "  ")
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append("(" + self.argrepr + ")")
        return " ".join(fields).rstrip()


def _try_compile(source, name):
    try:
        return compile(source, name, "eval")
    except SyntaxError:
        pass
    return compile(source, name, "exec")


def _get_code_object(x):
    if hasattr(x, "__func__"):
        x = x.__func__
    if hasattr(x, "__code__"):
        x = x.__code__
    elif hasattr(x, "gi_code"):
        x = x.gi_code
    elif hasattr(x, "ag_code"):
        x = x.ag_code
    elif hasattr(x, "cr_code"):
        x = x.cr_code
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, "co_code"):
        return x
    raise TypeError(f"don't know how to disassemble {type(x).__name__} objects")


def _unpack_opargs(code):
    extended_arg = 0
    for i in range(0, len(code), 2):
        op = code[i]
        if op >= HAVE_ARGUMENT:
            arg = code[i + 1] | extended_arg
            extended_arg = (arg << 8) if op == EXTENDED_ARG else 0
        else:
            arg = None
            extended_arg = 0
        yield (i, op, arg)


def findlabels(code):
    """Byte offsets that are jump targets."""
    labels = []
    for offset, op, arg in _unpack_opargs(code):
        if arg is None:
            continue
        if op in hasjrel:
            label = offset + 2 + arg
        elif op in hasjabs:
            label = arg
        else:
            continue
        if label not in labels:
            labels.append(label)
    return labels


def findlinestarts(code):
    """(offset, line) for each instruction that starts a new source line."""
    lastline = None
    for unit, location in enumerate(code._co_locations):
        line = location[0]
        if line and line != lastline:
            lastline = line
            yield unit * 2, line


def _get_instructions_bytes(code, varnames=None, names=None, constants=None, cells=None,
                            linestarts=None, line_offset=0):
    labels = findlabels(code)
    for offset, op, arg in _unpack_opargs(code):
        starts_line = None
        if linestarts is not None:
            starts_line = linestarts.get(offset, None)
            if starts_line is not None:
                starts_line += line_offset
        is_jump_target = offset in labels
        argval = None
        argrepr = ""
        if arg is not None:
            argval = arg
            if op in hasconst:
                if constants is not None:
                    argval = constants[arg]
                argrepr = repr(argval)
            elif op in hasname:
                if names is not None:
                    argval = argrepr = names[arg]
                else:
                    argrepr = repr(argval)
            elif op in hasjrel:
                argval = offset + 2 + arg
                argrepr = "to " + repr(argval)
            elif op in haslocal:
                if varnames is not None:
                    argval = argrepr = varnames[arg]
                else:
                    argrepr = repr(argval)
            elif op in hascompare:
                argval = cmp_op[arg]
                argrepr = argval
            elif op in hasfree:
                if cells is not None:
                    argval = argrepr = cells[arg]
                else:
                    argrepr = repr(argval)
            elif op == FORMAT_VALUE:
                argval = ((None, str, repr, ascii)[arg & 0x3], bool(arg & 0x4))
                argrepr = ("", "str", "repr", "ascii")[arg & 0x3]
                if argval[1]:
                    if argrepr:
                        argrepr += ", "
                    argrepr += "with format"
        yield Instruction(opname[op], op, arg, argval, argrepr, offset, starts_line, is_jump_target)


def get_instructions(x, *, first_line=None):
    """An iterator of the Instructions of a function, method, code object
    or source string."""
    co = _get_code_object(x)
    cell_names = co.co_cellvars + co.co_freevars
    linestarts = dict(findlinestarts(co))
    line_offset = first_line - co.co_firstlineno if first_line is not None else 0
    return _get_instructions_bytes(co.co_code, co.co_varnames, co.co_names, co.co_consts,
                                   cell_names, linestarts, line_offset)


def _disassemble_bytes(code, lasti=-1, varnames=None, names=None, constants=None, cells=None,
                       linestarts=None, *, file=None, line_offset=0):
    show_lineno = bool(linestarts)
    if show_lineno:
        maxlineno = max(linestarts.values()) + line_offset
        lineno_width = len(str(maxlineno)) if maxlineno >= 1000 else 3
    else:
        lineno_width = 0
    maxoffset = len(code) - 2
    offset_width = len(str(maxoffset)) if maxoffset >= 10000 else 4
    for instr in _get_instructions_bytes(code, varnames, names, constants, cells, linestarts,
                                         line_offset=line_offset):
        if show_lineno and instr.starts_line is not None and instr.offset > 0:
            _print(file=file)
        _print(instr._disassemble(lineno_width, instr.offset == lasti, offset_width), file=file)


def disassemble(co, lasti=-1, *, file=None):
    """Disassembles a code object, marking the instruction at lasti."""
    linestarts = dict(findlinestarts(co))
    _disassemble_bytes(co.co_code, lasti, co.co_varnames, co.co_names, co.co_consts,
                       co.co_cellvars + co.co_freevars, linestarts, file=file)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if hasattr(x, "co_code"):
                _print(file=file)
                _print(f"Disassembly of {x!r}:", file=file)
                _disassemble_recursive(x, file=file, depth=depth)


def _disassemble_str(source, *, file=None, depth=None):
    _disassemble_recursive(_try_compile(source, "<dis>"), file=file, depth=depth)


def dis(x=None, *, file=None, depth=None):
    """Disassembles classes, methods, functions, generators, code objects,
    source strings and raw bytecode."""
    if x is None:
        distb(file=file)
        return
    if hasattr(x, "__func__"):
        x = x.__func__
    if hasattr(x, "__code__"):
        x = x.__code__
    elif hasattr(x, "gi_code"):
        x = x.gi_code
    elif hasattr(x, "ag_code"):
        x = x.ag_code
    elif hasattr(x, "cr_code"):
        x = x.cr_code
    if hasattr(x, "__dict__"):
        for name, x1 in sorted(x.__dict__.items()):
            if isinstance(x1, _have_code):
                _print(f"Disassembly of {name}:", file=file)
                try:
                    dis(x1, file=file, depth=depth)
                except TypeError as msg:
                    _print("Sorry:", msg, file=file)
                _print(file=file)
    elif hasattr(x, "co_code"):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file)
    elif isinstance(x, str):
        _disassemble_str(x, file=file, depth=depth)
    else:
        raise TypeError(f"don't know how to disassemble {type(x).__name__} objects")


def distb(tb=None, *, file=None):
    """Disassembles a traceback's code, marking where it stopped."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


def pretty_flags(flags):
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def _format_code_info(co):
    lines = [f"Name:              {co.co_name}",
             f"Filename:          {co.co_filename}",
             f"Argument count:    {co.co_argcount}",
             f"Positional-only arguments: {co.co_posonlyargcount}",
             f"Kw-only arguments: {co.co_kwonlyargcount}",
             f"Number of locals:  {co.co_nlocals}",
             f"Stack size:        {co.co_stacksize}",
             f"Flags:             {pretty_flags(co.co_flags)}"]
    if co.co_consts:
        lines.append("Constants:")
        lines.extend("%4d: %r" % i_c for i_c in enumerate(co.co_consts))
    for title, names in (("Names", co.co_names), ("Variable names", co.co_varnames),
                         ("Free variables", co.co_freevars), ("Cell variables", co.co_cellvars)):
        if names:
            lines.append(title + ":")
            lines.extend("%4d: %s" % i_n for i_n in enumerate(names))
    return "\n".join(lines)


def code_info(x):
    """Details of a function's or code object's code, as text."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    _print(code_info(co), file=file)


class Bytecode:
    """The bytecode of a function, method, code object or source string,
    iterable as Instructions."""

    def __init__(self, x, *, first_line=None, current_offset=None):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._cell_names = co.co_cellvars + co.co_freevars
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset

    def __iter__(self):
        co = self.codeobj
        return _get_instructions_bytes(co.co_code, co.co_varnames, co.co_names, co.co_consts,
                                       self._cell_names, self._linestarts,
                                       line_offset=self._line_offset)

    def __repr__(self):
        return f"{self.__class__.__name__}({self._original_object!r})"

    @classmethod
    def from_traceback(cls, tb):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        return _format_code_info(self.codeobj)

    def dis(self):
        co = self.codeobj
        offset = self.current_offset if self.current_offset is not None else -1
        output = _Output()
        _disassemble_bytes(co.co_code, varnames=co.co_varnames, names=co.co_names,
                           constants=co.co_consts, cells=self._cell_names,
                           linestarts=self._linestarts, line_offset=self._line_offset,
                           file=output, lasti=offset)
        return output.getvalue()

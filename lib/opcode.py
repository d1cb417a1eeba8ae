"""The instruction set of ferropy's canonical bytecode (what `co_code`
holds): names, numbers and what each argument means, for `dis`.

The numbering is CPython 3.6's wordcode table (two bytes an
instruction), which is what the seminar teaches from.
"""

from _ferropy import opcode_table as _opcode_table

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare",
           "hasfree", "opname", "opmap", "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs"]

cmp_op = ("<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not")
opname = [f"<{op}>" for op in range(256)]
opmap = {}
hasconst = []
hasname = []
hasjrel = []
hasjabs = []
haslocal = []
hascompare = []
hasfree = []
hasnargs = []

_KINDS = {"const": hasconst, "name": hasname, "jrel": hasjrel, "jabs": hasjabs,
          "local": haslocal, "compare": hascompare, "free": hasfree}

for _name, _number, _kind in _opcode_table():
    opname[_number] = _name
    opmap[_name] = _number
    if _kind in _KINDS:
        _KINDS[_kind].append(_number)

HAVE_ARGUMENT = 90
EXTENDED_ARG = opmap["EXTENDED_ARG"]

del _name, _number, _kind, _KINDS, _opcode_table

"""pickletools: reading pickles opcode by opcode — genops, a symbolic
disassembler (dis) and optimize (drops memo stores nothing reads).

The opcode table and the descriptions of argument kinds and stack
objects are CPython's (generated into _pickletools_data); the readers of
each argument kind are written here.
"""

import codecs
import io
import pickle
import struct
import sys

import _pickletools_data as _data

__all__ = ["dis", "genops", "optimize"]

bytes_types = (bytes, bytearray)

# Sizes of arguments whose length is not fixed.
UP_TO_NEWLINE = -1
TAKEN_FROM_ARGUMENT1 = -2
TAKEN_FROM_ARGUMENT4 = -3
TAKEN_FROM_ARGUMENT4U = -4
TAKEN_FROM_ARGUMENT8U = -5


class ArgumentDescriptor:
    __slots__ = ("name", "n", "reader", "doc")

    def __init__(self, name, n, reader, doc):
        self.name = name
        self.n = n
        self.reader = reader
        self.doc = doc


class StackObject:
    __slots__ = ("name", "obtype", "doc")

    def __init__(self, name, obtype, doc):
        self.name = name
        self.obtype = obtype
        self.doc = doc

    def __repr__(self):
        return self.name


class OpcodeInfo:
    __slots__ = ("name", "code", "arg", "stack_before", "stack_after", "proto", "doc")

    def __init__(self, name, code, arg, stack_before, stack_after, proto, doc):
        self.name = name
        self.code = code
        self.arg = arg
        self.stack_before = stack_before
        self.stack_after = stack_after
        self.proto = proto
        self.doc = doc


# --- readers ---------------------------------------------------------------------

def _exactly(f, n, what):
    data = f.read(n)
    if len(data) != n:
        raise ValueError(f"not enough data in stream to read {what}")
    return data


def read_uint1(f):
    return _exactly(f, 1, "uint1")[0]


def read_uint2(f):
    return struct.unpack("<H", _exactly(f, 2, "uint2"))[0]


def read_int4(f):
    return struct.unpack("<i", _exactly(f, 4, "int4"))[0]


def read_uint4(f):
    return struct.unpack("<I", _exactly(f, 4, "uint4"))[0]


def read_uint8(f):
    return struct.unpack("<Q", _exactly(f, 8, "uint8"))[0]


def _line(f):
    data = f.readline()
    if not data.endswith(b"\n"):
        raise ValueError("no newline found when trying to read stringnl")
    return data[:-1]


def read_stringnl(f, decode=True, stripquotes=True):
    data = _line(f)
    if stripquotes:
        for q in (b'"', b"'"):
            if data.startswith(q):
                if not data.endswith(q):
                    raise ValueError(f"strinq quote {q!r} not found at both ends of {data!r}")
                data = data[1:-1]
                break
        else:
            raise ValueError(f"no string quotes around {data!r}")
    if decode:
        data = codecs.escape_decode(data)[0].decode("ascii")
    return data


def read_stringnl_noescape(f):
    return read_stringnl(f, stripquotes=False)


def read_stringnl_noescape_pair(f):
    return "%s %s" % (read_stringnl_noescape(f), read_stringnl_noescape(f))


def _counted(f, n, what):
    if n < 0:
        raise ValueError(f"{what} byte count < 0: {n}")
    data = f.read(n)
    if len(data) == n:
        return data
    raise ValueError(f"expected {n} bytes in a {what}, but only {len(data)} remain")


def read_string1(f):
    return _counted(f, read_uint1(f), "string1").decode("latin-1")


def read_string4(f):
    return _counted(f, read_int4(f), "string4").decode("latin-1")


def read_bytes1(f):
    return _counted(f, read_uint1(f), "bytes1")


def read_bytes4(f):
    return _counted(f, read_uint4(f), "bytes4")


def read_bytes8(f):
    n = read_uint8(f)
    if n > sys.maxsize:
        raise ValueError(f"bytes8 byte count > sys.maxsize: {n}")
    return _counted(f, n, "bytes8")


def read_bytearray8(f):
    n = read_uint8(f)
    if n > sys.maxsize:
        raise ValueError(f"bytearray8 byte count > sys.maxsize: {n}")
    return bytearray(_counted(f, n, "bytearray8"))


def read_unicodestringnl(f):
    return str(_line(f), "raw-unicode-escape")


def read_unicodestring1(f):
    return str(_counted(f, read_uint1(f), "unicodestring1"), "utf-8", "surrogatepass")


def read_unicodestring4(f):
    n = read_uint4(f)
    if n > sys.maxsize:
        raise ValueError(f"unicodestring4 byte count > sys.maxsize: {n}")
    return str(_counted(f, n, "unicodestring4"), "utf-8", "surrogatepass")


def read_unicodestring8(f):
    n = read_uint8(f)
    if n > sys.maxsize:
        raise ValueError(f"unicodestring8 byte count > sys.maxsize: {n}")
    return str(_counted(f, n, "unicodestring8"), "utf-8", "surrogatepass")


def read_decimalnl_short(f):
    s = read_stringnl(f, decode=False, stripquotes=False)
    if s == b"00":
        return False
    if s == b"01":
        return True
    return int(s)


def read_decimalnl_long(f):
    s = read_stringnl(f, decode=False, stripquotes=False)
    if s[-1:] == b"L":
        s = s[:-1]
    return int(s)


def read_floatnl(f):
    return float(read_stringnl(f, decode=False, stripquotes=False))


def read_float8(f):
    return struct.unpack(">d", _exactly(f, 8, "float8"))[0]


def read_long1(f):
    return pickle.decode_long(_counted(f, read_uint1(f), "long1"))


def read_long4(f):
    n = read_int4(f)
    if n < 0:
        raise ValueError(f"long4 byte count < 0: {n}")
    return pickle.decode_long(_counted(f, n, "long4"))


_READERS = {name: obj for name, obj in globals().items() if name.startswith("read_")}

# --- the tables ----------------------------------------------------------------

_TYPES = {"int": int, "bool": bool, "float": float, "str": str, "bytes": bytes, "bytearray": bytearray,
          "list": list, "tuple": tuple, "dict": dict, "set": set, "frozenset": frozenset, "NoneType": type(None),
          "object": object, "StackObject": StackObject, "memoryview": memoryview, "PickleBuffer": object}

for _name, (_n, _reader, _doc) in _data.ARGUMENTS.items():
    globals()[_name] = ArgumentDescriptor(_name, _n, _READERS[_reader], _doc)

_stack_objects = {}
for _name, (_types, _doc) in _data.STACK_OBJECTS.items():
    _obtype = tuple(_TYPES.get(t, object) for t in _types)
    _stack_objects[_name] = StackObject(_name, _obtype if len(_obtype) > 1 else _obtype[0], _doc)

pyint = pylong = _stack_objects.get("int")
pyinteger_or_bool = _stack_objects.get("int_or_bool")
pybool = _stack_objects.get("bool")
pyfloat = _stack_objects.get("float")
pybytes_or_str = pystring = _stack_objects.get("bytes_or_str")
pybytes = _stack_objects.get("bytes")
pybytearray = _stack_objects.get("bytearray")
pyunicode = _stack_objects.get("str")
pynone = _stack_objects.get("None")
pytuple = _stack_objects.get("tuple")
pylist = _stack_objects.get("list")
pydict = _stack_objects.get("dict")
pyset = _stack_objects.get("set")
pyfrozenset = _stack_objects.get("frozenset")
pybuffer = _stack_objects.get("buffer")
anyobject = _stack_objects.get("any")
markobject = _stack_objects.get("mark")
stackslice = _stack_objects.get("stackslice")

opcodes = []
for _name, _code, _arg, _before, _after, _proto, _doc in _data.OPCODES:
    opcodes.append(OpcodeInfo(_name, _code, globals()[_arg] if _arg else None,
                              [_stack_objects[s] for s in _before], [_stack_objects[s] for s in _after],
                              _proto, _doc))
del _name, _code, _arg, _before, _after, _proto, _doc

code2op = {op.code: op for op in opcodes}


# --- reading pickles --------------------------------------------------------------

def _genops(data, yield_end_pos=False):
    if isinstance(data, bytes_types):
        data = io.BytesIO(data)
    if hasattr(data, "tell"):
        getpos = data.tell
    else:
        getpos = lambda: None
    while True:
        pos = getpos()
        code = data.read(1)
        opcode = code2op.get(code.decode("latin-1"))
        if opcode is None:
            if code == b"":
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown" % ("<unknown>" if pos is None else pos, code))
        arg = None if opcode.arg is None else opcode.arg.reader(data)
        if yield_end_pos:
            yield opcode, arg, pos, getpos()
        else:
            yield opcode, arg, pos
        if code == b".":
            assert opcode.name == "STOP"
            break


def genops(pickle):
    """(opcode, argument, position) for each opcode of a pickle."""
    return _genops(pickle)


def optimize(p):
    """The pickle without the memo stores no later opcode reads (memo
    indexes renumbered; framed again from protocol 4 on)."""
    stores = []
    used = {}
    pieces = []
    proto = 0
    protoheader = b""
    for opcode, arg, pos, end_pos in _genops(p, yield_end_pos=True):
        if "PUT" in opcode.name:
            stores.append(arg)
            pieces.append(("put", arg))
        elif opcode.name == "MEMOIZE":
            idx = len(stores)
            stores.append(idx)
            pieces.append(("put", idx))
        elif "FRAME" in opcode.name:
            pass
        elif "GET" in opcode.name:
            if opcode.proto > proto:
                proto = opcode.proto
            used[arg] = None
            pieces.append(("get", arg))
        elif opcode.name == "PROTO":
            if arg > proto:
                proto = arg
            if pos == 0:
                protoheader = p[pos:end_pos]
            else:
                pieces.append(("raw", p[pos:end_pos]))
        else:
            pieces.append(("raw", p[pos:end_pos]))
    body = []
    idx = 0
    for kind, value in pieces:
        if kind == "put":
            if value not in used:
                continue
            used[value] = idx
            if proto >= 4:
                body.append(pickle.MEMOIZE)
            elif idx < 256:
                body.append(pickle.BINPUT + bytes([idx]))
            else:
                body.append(pickle.LONG_BINPUT + struct.pack("<I", idx))
            idx += 1
        elif kind == "get":
            i = used[value]
            body.append(pickle.BINGET + bytes([i]) if i < 256 else pickle.LONG_BINGET + struct.pack("<I", i))
        else:
            body.append(value)
    if proto < 4:
        return protoheader + b"".join(body)
    out = [protoheader]
    frame = []
    size = 0

    def commit():
        nonlocal frame, size
        data = b"".join(frame)
        if len(data) >= 4:
            out.append(pickle.FRAME + struct.pack("<Q", len(data)) + data)
        elif data:
            out.append(data)
        frame, size = [], 0

    for piece in body:
        if len(piece) > 64 * 1024:
            commit()
            out.append(piece)
            continue
        frame.append(piece)
        size += len(piece)
        if size >= 64 * 1024:
            commit()
    commit()
    return b"".join(out)


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Prints a symbolic listing of a pickle: one line per opcode with its
    position, code, name and argument, indented by the MARKs open, and
    checks the stack effects as it goes (ValueError when they are wrong)."""
    stack = []
    if memo is None:
        memo = {}
    maxproto = -1
    markstack = []
    indentchunk = " " * indentlevel
    errormsg = None
    annocol = annotate
    for opcode, arg, pos in genops(pickle):
        if pos is not None:
            print("%5d:" % pos, end=" ", file=out)
        line = "%-4s %s%s" % (repr(opcode.code)[1:-1], indentchunk * len(markstack), opcode.name)
        maxproto = max(maxproto, opcode.proto)
        before = opcode.stack_before
        after = opcode.stack_after
        numtopop = len(before)
        markmsg = None
        if markobject in before or (opcode.name == "POP" and stack and stack[-1] is markobject):
            if markstack:
                markpos = markstack.pop()
                markmsg = "(MARK at unknown opcode offset)" if markpos is None else "(MARK at %d)" % markpos
                while stack[-1] is not markobject:
                    stack.pop()
                stack.pop()
                try:
                    numtopop = before.index(markobject)
                except ValueError:
                    numtopop = 0
            else:
                errormsg = markmsg = "no MARK exists on stack"
        if opcode.name in ("PUT", "BINPUT", "LONG_BINPUT", "MEMOIZE"):
            if opcode.name == "MEMOIZE":
                memo_idx = len(memo)
                markmsg = "(as %d)" % memo_idx
            else:
                memo_idx = arg
            if memo_idx in memo:
                errormsg = "memo key %r already defined" % arg
            elif not stack:
                errormsg = "stack is empty -- can't store into memo"
            elif stack[-1] is markobject:
                errormsg = "can't store markobject in the memo"
            else:
                memo[memo_idx] = stack[-1]
        elif opcode.name in ("GET", "BINGET", "LONG_BINGET"):
            if arg in memo:
                after = [memo[arg]]
            else:
                errormsg = "memo key %r has never been stored into" % arg
        if arg is not None or markmsg:
            line += " " * (10 - len(opcode.name))
            if arg is not None:
                line += " " + repr(arg)
            if markmsg:
                line += " " + markmsg
        if annotate:
            line += " " * (annocol - len(line))
            annocol = len(line)
            if annocol > 50:
                annocol = annotate
            line += " " + opcode.doc.split("\n", 1)[0]
        print(line, file=out)
        if errormsg:
            raise ValueError(errormsg)
        if len(stack) < numtopop:
            raise ValueError("tries to pop %d items from stack with only %d items" % (numtopop, len(stack)))
        if numtopop:
            del stack[-numtopop:]
        if markobject in after:
            markstack.append(pos)
        stack.extend(after)
    print("highest protocol among opcodes =", maxproto, file=out)
    if stack:
        raise ValueError("stack not empty after STOP: %r" % stack)


def _test():
    import doctest
    return doctest.testmod()

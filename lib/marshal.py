"""Internal Python object serialization: values (None, booleans, numbers,
strings, bytes, tuples, lists, dicts, sets, Ellipsis) to bytes and back
in CPython's marshal format, and code objects in ferropy's own format
(CPython's layout for code is CPython's: `c`, a length, then the bytes
of ferropy_bytecode::serial). Code from CPython's marshal (a .pyc's
contents) raises ValueError.

loads reads everything CPython writes, back-references included. dumps
writes no back-references (CPython's depend on its reference counts), so
its bytes can differ from CPython's in that while loading the same.
"""

import struct

import _ferropy

__all__ = ["dump", "dumps", "load", "loads", "version"]

version = 4

_NULL = b"0"
_NONE = b"N"
_FALSE = b"F"
_TRUE = b"T"
_STOPITER = b"S"
_ELLIPSIS = b"."
_INT = b"i"
_LONG = b"l"
_BINARY_FLOAT = b"g"
_BINARY_COMPLEX = b"y"
_FLOAT = b"f"
_COMPLEX = b"x"
_STRING = b"s"
_INTERNED = b"t"
_REF = b"r"
_TUPLE = b"("
_LIST = b"["
_DICT = b"{"
_CODE = b"c"
_UNICODE = b"u"
_SET = b"<"
_FROZENSET = b">"
_ASCII = b"a"
_ASCII_INTERNED = b"A"
_SMALL_TUPLE = b")"
_SHORT_ASCII = b"z"
_SHORT_ASCII_INTERNED = b"Z"
_FLAG_REF = 0x80

_CodeType = type((lambda: None).__code__)


class _Writer:
    def __init__(self, version):
        self.version = version
        self.out = bytearray()
        self.depth = 0

    def w_long(self, x):
        self.out += struct.pack("<i", x)

    def dump(self, value):
        self.depth += 1
        if self.depth > 2000:
            raise ValueError("object too deeply nested to marshal")
        try:
            self._dump(value)
        finally:
            self.depth -= 1

    def _dump(self, value):
        out = self.out
        if value is None:
            out += _NONE
        elif value is StopIteration:
            out += _STOPITER
        elif value is Ellipsis:
            out += _ELLIPSIS
        elif value is False:
            out += _FALSE
        elif value is True:
            out += _TRUE
        elif type(value) is int:
            if -(1 << 31) <= value < (1 << 31):
                out += _INT
                self.w_long(value)
            else:
                # 15-bit digits, sign in the count.
                digits = []
                magnitude = abs(value)
                while magnitude:
                    digits.append(magnitude & 0x7FFF)
                    magnitude >>= 15
                out += _LONG
                self.w_long(len(digits) if value > 0 else -len(digits))
                for d in digits:
                    out += struct.pack("<H", d)
        elif type(value) is float:
            if self.version > 1:
                out += _BINARY_FLOAT + struct.pack("<d", value)
            else:
                text = repr(value).encode()
                out += _FLOAT + bytes([len(text)]) + text
        elif type(value) is complex:
            if self.version > 1:
                out += _BINARY_COMPLEX + struct.pack("<dd", value.real, value.imag)
            else:
                out += _COMPLEX
                for part in (value.real, value.imag):
                    text = repr(part).encode()
                    out += bytes([len(text)]) + text
        elif type(value) is str:
            if self.version >= 4 and value.isascii():
                data = value.encode("ascii")
                if len(data) < 256:
                    out += _SHORT_ASCII + bytes([len(data)]) + data
                else:
                    out += _ASCII
                    self.w_long(len(data))
                    out += data
            else:
                data = value.encode("utf-8", "surrogatepass")
                out += _UNICODE
                self.w_long(len(data))
                out += data
        elif type(value) in (bytes, bytearray):
            out += _STRING
            self.w_long(len(value))
            out += value
        elif type(value) is tuple:
            if self.version >= 4 and len(value) < 256:
                out += _SMALL_TUPLE + bytes([len(value)])
            else:
                out += _TUPLE
                self.w_long(len(value))
            for item in value:
                self.dump(item)
        elif type(value) is list:
            out += _LIST
            self.w_long(len(value))
            for item in value:
                self.dump(item)
        elif type(value) is dict:
            out += _DICT
            for k, v in value.items():
                self.dump(k)
                self.dump(v)
            out += _NULL
        elif type(value) in (set, frozenset):
            out += _SET if type(value) is set else _FROZENSET
            self.w_long(len(value))
            for item in value:
                self.dump(item)
        elif type(value) is _CodeType:
            data = _ferropy.code_to_bytes(value)
            out += _CODE
            self.w_long(len(data))
            out += data
        else:
            raise ValueError("unmarshallable object")


class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.refs = []

    def take(self, n):
        if self.pos + n > len(self.data):
            raise EOFError("marshal data too short")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def r_long(self):
        return struct.unpack("<i", self.take(4))[0]

    def load(self):
        code = self.take(1)[0]
        flag = code & _FLAG_REF
        kind = bytes([code & ~_FLAG_REF])
        index = None
        if flag and kind not in (_REF,):
            index = len(self.refs)
            self.refs.append(None)
        value = self._load(kind, index)
        if index is not None:
            self.refs[index] = value
        return value

    def _load(self, kind, index):
        if kind == _NONE:
            return None
        if kind == _NULL:
            raise TypeError("NULL object in marshal data for object")
        if kind == _STOPITER:
            return StopIteration
        if kind == _ELLIPSIS:
            return Ellipsis
        if kind == _FALSE:
            return False
        if kind == _TRUE:
            return True
        if kind == _INT:
            return self.r_long()
        if kind == _LONG:
            n = self.r_long()
            value = 0
            for i in range(abs(n)):
                digit = struct.unpack("<H", self.take(2))[0]
                if digit > 0x7FFF:
                    raise ValueError("bad marshal data (digit out of range in long)")
                value |= digit << (15 * i)
            return -value if n < 0 else value
        if kind == _BINARY_FLOAT:
            return struct.unpack("<d", self.take(8))[0]
        if kind == _FLOAT:
            n = self.take(1)[0]
            return float(self.take(n).decode())
        if kind == _BINARY_COMPLEX:
            real, imag = struct.unpack("<dd", self.take(16))
            return complex(real, imag)
        if kind == _COMPLEX:
            n = self.take(1)[0]
            real = float(self.take(n).decode())
            n = self.take(1)[0]
            return complex(real, float(self.take(n).decode()))
        if kind == _STRING:
            return bytes(self.take(self.r_long()))
        if kind in (_UNICODE, _INTERNED):
            return self.take(self.r_long()).decode("utf-8", "surrogatepass")
        if kind in (_ASCII, _ASCII_INTERNED):
            return self.take(self.r_long()).decode("latin-1")
        if kind in (_SHORT_ASCII, _SHORT_ASCII_INTERNED):
            return self.take(self.take(1)[0]).decode("latin-1")
        if kind in (_TUPLE, _SMALL_TUPLE):
            n = self.take(1)[0] if kind == _SMALL_TUPLE else self.r_long()
            return tuple(self.load() for _ in range(n))
        if kind == _LIST:
            result = []
            if index is not None:
                self.refs[index] = result
            for _ in range(self.r_long()):
                result.append(self.load())
            return result
        if kind == _DICT:
            result = {}
            if index is not None:
                self.refs[index] = result
            while True:
                if self.pos < len(self.data) and self.data[self.pos] == _NULL[0]:
                    self.pos += 1
                    return result
                key = self.load()
                result[key] = self.load()
        if kind in (_SET, _FROZENSET):
            n = self.r_long()
            items = [self.load() for _ in range(n)]
            return set(items) if kind == _SET else frozenset(items)
        if kind == _REF:
            n = self.r_long()
            if not 0 <= n < len(self.refs) or self.refs[n] is None:
                raise ValueError("bad marshal data (invalid reference)")
            return self.refs[n]
        if kind == _CODE:
            n = self.r_long()
            data = self.take(n) if n >= 0 else b""
            if not data.startswith(b"FPYC"):
                raise ValueError("bad marshal data (a CPython code object: ferropy loads only its own)")
            return _ferropy.code_from_bytes(data)
        raise ValueError("bad marshal data (unknown type code)")


def dumps(value, version=version, /):
    """The marshal bytes of a value."""
    writer = _Writer(version)
    writer.dump(value)
    return bytes(writer.out)


def loads(data, /):
    """The value marshal bytes stand for (extra bytes are ignored)."""
    return _Reader(bytes(data)).load()


def dump(value, file, version=version, /):
    """Write the marshal bytes of a value to an open binary file."""
    file.write(dumps(value, version))


def load(file, /):
    """Read one value from an open binary file."""
    data = file.read()
    reader = _Reader(data)
    value = reader.load()
    if hasattr(file, "seek"):
        try:
            file.seek(reader.pos - len(data), 1)
        except (OSError, ValueError):
            pass
    return value

"""The C data types of ctypes, without foreign calls.

ferropy cannot load C libraries or call C functions yet: the simple data
types (c_int, c_long, c_double, c_char_p ...) hold values with C's
sizes, wrapping and rounding, and sizeof/alignment answer as on this
machine (x86-64 Linux, LP64), which is what libraries probe at import.
CDLL and friends raise OSError naming the limitation; structures,
arrays and pointers raise NotImplementedError.
"""

import struct as _struct

__version__ = "1.1.0"

DEFAULT_MODE = 0
RTLD_LOCAL = 0
RTLD_GLOBAL = 256


class ArgumentError(Exception):
    pass


class _SimpleCData:
    """A C value of one of the simple types; `_type_` is its struct code."""

    _type_ = None

    def __init__(self, value=None):
        self.value = self._default if value is None else value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = self._convert(v)

    @classmethod
    def _convert(cls, v):
        return v

    def __repr__(self):
        return f"{type(self).__name__}({self._value!r})"

    def __bool__(self):
        return bool(self._value)

    @classmethod
    def from_param(cls, obj):
        return cls(obj)


def _integer_type(name, code, size, signed):
    bits = size * 8

    def convert(cls, v):
        if isinstance(v, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        v = int(v)
        v &= (1 << bits) - 1
        if signed and v >= 1 << (bits - 1):
            v -= 1 << bits
        return v

    return type(name, (_SimpleCData,), {"_type_": code, "_size": size, "_default": 0, "_convert": classmethod(convert)})


def _float_type(name, code, size):
    def convert(cls, v):
        if not isinstance(v, (int, float)):
            raise TypeError("must be real number, not " + type(v).__name__)
        return _struct.unpack(code, _struct.pack(code, v))[0] if code == "f" else float(v)

    return type(name, (_SimpleCData,), {"_type_": code, "_size": size, "_default": 0.0, "_convert": classmethod(convert)})


c_byte = _integer_type("c_byte", "b", 1, True)
c_ubyte = _integer_type("c_ubyte", "B", 1, False)
c_short = _integer_type("c_short", "h", 2, True)
c_ushort = _integer_type("c_ushort", "H", 2, False)
c_int = _integer_type("c_int", "i", 4, True)
c_uint = _integer_type("c_uint", "I", 4, False)
c_long = _integer_type("c_long", "l", 8, True)
c_ulong = _integer_type("c_ulong", "L", 8, False)
c_longlong = c_long
c_ulonglong = c_ulong
c_int8, c_uint8 = c_byte, c_ubyte
c_int16, c_uint16 = c_short, c_ushort
c_int32, c_uint32 = c_int, c_uint
c_int64, c_uint64 = c_long, c_ulong
c_size_t = c_ulong
c_ssize_t = c_long
c_float = _float_type("c_float", "f", 4)
c_double = _float_type("c_double", "d", 8)
c_longdouble = type("c_longdouble", (c_double,), {"_type_": "g", "_size": 16})


class c_bool(_SimpleCData):
    _type_ = "?"
    _size = 1
    _default = False

    @classmethod
    def _convert(cls, v):
        return bool(v)


class c_char(_SimpleCData):
    _type_ = "c"
    _size = 1
    _default = b"\x00"

    @classmethod
    def _convert(cls, v):
        if isinstance(v, int):
            return bytes([v & 0xFF])
        if isinstance(v, bytes) and len(v) == 1:
            return v
        raise TypeError("one character bytes, bytearray or integer expected")


class c_wchar(_SimpleCData):
    _type_ = "u"
    _size = 4
    _default = "\x00"

    @classmethod
    def _convert(cls, v):
        if isinstance(v, str) and len(v) == 1:
            return v
        raise TypeError("unicode string expected instead of " + type(v).__name__ + " instance")


class c_char_p(_SimpleCData):
    _type_ = "z"
    _size = 8
    _default = None

    @classmethod
    def _convert(cls, v):
        if v is None or isinstance(v, bytes):
            return v
        raise TypeError("bytes or integer address expected instead of " + type(v).__name__ + " instance")


class c_wchar_p(_SimpleCData):
    _type_ = "Z"
    _size = 8
    _default = None

    @classmethod
    def _convert(cls, v):
        if v is None or isinstance(v, str):
            return v
        raise TypeError("unicode string or integer address expected instead of " + type(v).__name__ + " instance")


class c_void_p(_SimpleCData):
    _type_ = "P"
    _size = 8
    _default = None

    @classmethod
    def _convert(cls, v):
        if v is None:
            return None
        if isinstance(v, int):
            v &= (1 << 64) - 1
            return v or None
        raise TypeError("cannot be converted to pointer")


def sizeof(obj_or_type):
    """The size in bytes of a C type or value."""
    cls = obj_or_type if isinstance(obj_or_type, type) else type(obj_or_type)
    if isinstance(cls, type) and issubclass(cls, _SimpleCData) and cls._type_ is not None:
        return cls._size
    raise TypeError("this type has no size")


def alignment(obj_or_type):
    """The alignment of a C type or value."""
    return min(sizeof(obj_or_type), 16)


def _unsupported(what):
    def refuse(*args, **kwargs):
        raise NotImplementedError(f"ctypes.{what} is not supported by ferropy yet")

    refuse.__name__ = what
    return refuse


byref = _unsupported("byref")
pointer = _unsupported("pointer")
POINTER = _unsupported("POINTER")
addressof = _unsupported("addressof")
cast = _unsupported("cast")
create_string_buffer = _unsupported("create_string_buffer")
create_unicode_buffer = _unsupported("create_unicode_buffer")
memmove = _unsupported("memmove")
memset = _unsupported("memset")
string_at = _unsupported("string_at")
CFUNCTYPE = _unsupported("CFUNCTYPE")
PYFUNCTYPE = _unsupported("PYFUNCTYPE")


class _Unsupported:
    """A ctypes type ferropy cannot make instances of yet. A module may
    still define subclasses (with their _fields_) at import; making an
    instance raises NotImplementedError."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError(f"ctypes.{type(self).__name__} is not supported by ferropy yet")


class Structure(_Unsupported):
    pass


class Union(_Unsupported):
    pass


class BigEndianStructure(_Unsupported):
    pass


class LittleEndianStructure(_Unsupported):
    pass


class Array(_Unsupported):
    pass


class CDLL:
    """A loaded C library: ferropy cannot load one, so this raises OSError
    (the error ctypes raises for a library it cannot load)."""

    def __init__(self, name, mode=DEFAULT_MODE, handle=None, use_errno=False, use_last_error=False, winmode=None):
        raise OSError(f"{name}: ferropy cannot load C libraries (ctypes foreign calls are not supported yet)")


PyDLL = CDLL


class LibraryLoader:
    def __init__(self, dlltype):
        self._dlltype = dlltype

    def __getattr__(self, name):
        if name[0] == "_":
            raise AttributeError(name)
        return self._dlltype(name)

    def __getitem__(self, name):
        return getattr(self, name)

    def LoadLibrary(self, name):
        return self._dlltype(name)


cdll = LibraryLoader(CDLL)
pydll = LibraryLoader(PyDLL)

"""array: sequences of one machine type (bytes, ints of a fixed width,
floats, characters).

Items are kept as Python values, checked and converted on the way in as
C would store them (range errors in CPython's words, floats rounded to
single precision for 'f'); tobytes/frombytes use the machine layout
(little-endian, the sizes of CPython on 64-bit Linux) through struct.
"""

import struct as _struct

from _ferropy import immutable_type as _immutable_type
from _itemwise import add_comparisons as _add_comparisons

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

# typecode -> (item size, struct format with standard sizes)
_LAYOUT = {"b": (1, "b"), "B": (1, "B"), "u": (4, None), "h": (2, "h"), "H": (2, "H"), "i": (4, "i"),
           "I": (4, "I"), "l": (8, "q"), "L": (8, "Q"), "q": (8, "q"), "Q": (8, "Q"), "f": (4, "f"),
           "d": (8, "d")}

# Signed integer codes: (bits, what CPython calls the C type).
_SIGNED = {"b": (8, "signed char"), "h": (16, "signed short integer"), "i": (32, "signed integer")}
_UNSIGNED = {"B": (8, "unsigned byte integer"), "H": (16, "unsigned short"), "I": (32, "unsigned int")}

_FLT_MAX = 3.4028234663852886e38
_FLT_OVERFLOW = 3.4028235677973366e38   # FLT_MAX and half an ulp: rounds to infinity


def _index(value):
    if isinstance(value, int):
        return int(value)
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError(f"{type(value).__name__!r} object cannot be interpreted as an integer") from None
    return index(value)


def _long(v, unsigned=False):
    if unsigned:
        if v >= 2 ** 64:
            raise OverflowError("Python int too large to convert to C unsigned long")
    elif not -2 ** 63 <= v < 2 ** 63:
        raise OverflowError("Python int too large to convert to C long")
    return v


def _convert(typecode, value):
    """The value an item of this type holds for `value`, or the error C
    conversion gives."""
    if typecode in "fd":
        if isinstance(value, str) or not hasattr(value, "__float__") and not hasattr(value, "__index__"):
            raise TypeError(f"must be real number, not {type(value).__name__}")
        value = float(value)
        if typecode == "f" and value == value and abs(value) > _FLT_MAX:
            big = float("inf") if abs(value) >= _FLT_OVERFLOW else _FLT_MAX
            return big if value > 0 else -big
        return _struct.unpack("f", _struct.pack("f", value))[0] if typecode == "f" else value
    if typecode == "u":
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError("array item must be unicode character")
        return value
    v = _index(value)
    if typecode in _SIGNED:
        bits, name = _SIGNED[typecode]
        _long(v)
        if v >= 2 ** (bits - 1):
            raise OverflowError(f"{name} is greater than maximum")
        if v < -2 ** (bits - 1):
            raise OverflowError(f"{name} is less than minimum")
    elif typecode in _UNSIGNED:
        bits, name = _UNSIGNED[typecode]
        if typecode == "I":
            if v < 0:
                raise OverflowError("can't convert negative value to unsigned int")
            _long(v, unsigned=True)
        else:
            _long(v)
            if v < 0:
                raise OverflowError(f"{name} is less than minimum")
        if v >= 2 ** bits:
            raise OverflowError(f"{name} is greater than maximum")
    elif typecode == "l":
        _long(v)
    elif typecode == "L":
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        _long(v, unsigned=True)
    elif typecode == "q":
        if not -2 ** 63 <= v < 2 ** 63:
            raise OverflowError("int too big to convert")
    elif typecode == "Q":
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v >= 2 ** 64:
            raise OverflowError("int too big to convert")
    return v


@_add_comparisons
class array:
    """array(typecode[, initializer]) -> array"""

    __module__ = "array"
    __slots__ = ("_typecode", "_items", "__weakref__")

    __hash__ = None

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(f"array() argument 1 must be a unicode character, not {type(typecode).__name__}")
        if typecode not in _LAYOUT:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError(f"cannot use a str to initialize an array with typecode {typecode!r}")
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array) and initializer._typecode == "u" and typecode != "u":
            raise TypeError(f"cannot use a unicode array to initialize an array with typecode {typecode!r}")
        else:
            self.extend(initializer)

    typecode = property(lambda self: self._typecode)
    itemsize = property(lambda self: _LAYOUT[self._typecode][0])

    def _same_kind(self, other, message):
        if not isinstance(other, array):
            raise TypeError(message)
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")

    # Adding items.

    def append(self, v, /):
        self._items.append(_convert(self._typecode, v))

    def extend(self, bb, /):
        if isinstance(bb, array):
            if bb._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(bb._items)
            return
        code = self._typecode
        self._items.extend([_convert(code, v) for v in bb])

    def insert(self, i, v, /):
        self._items.insert(_index(i), _convert(self._typecode, v))

    def fromlist(self, list_, /):
        if not isinstance(list_, list):
            raise TypeError("arg must be list")
        code = self._typecode
        self._items.extend([_convert(code, v) for v in list_])

    def frombytes(self, buffer, /):
        data = bytes(buffer)
        size, fmt = _LAYOUT[self._typecode]
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        if self._typecode == "u":
            self._items.extend(data.decode("utf-32-le"))
        else:
            self._items.extend(_struct.unpack(f"<{len(data) // size}{fmt}", data))

    def fromunicode(self, ustr, /):
        if self._typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(ustr, str):
            raise TypeError(f"fromunicode() argument must be str, not {type(ustr).__name__}")
        self._items.extend(ustr)

    def fromfile(self, f, n, /):
        n = _index(n)
        if n < 0:
            raise ValueError("negative count")
        size = self.itemsize
        data = f.read(n * size)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        self.frombytes(data[:len(data) - len(data) % size])
        if len(data) < n * size:
            raise EOFError("read() didn't return enough bytes")

    # Taking items out.

    def pop(self, i=-1, /):
        if not self._items:
            raise IndexError("pop from empty array")
        i = _index(i)
        if not -len(self._items) <= i < len(self._items):
            raise IndexError("pop index out of range")
        return self._items.pop(i)

    def remove(self, v, /):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None, /):
        items = self._items
        stop = len(items) if stop is None else stop
        for i in range(*slice(start, stop).indices(len(items))):
            if items[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v, /):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def byteswap(self):
        size, _ = _LAYOUT[self._typecode]
        if size == 1:
            return
        data = self.tobytes()
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def tolist(self):
        return list(self._items)

    def tobytes(self):
        size, fmt = _LAYOUT[self._typecode]
        if self._typecode == "u":
            return "".join(self._items).encode("utf-32-le")
        return _struct.pack(f"<{len(self._items)}{fmt}", *self._items)

    def tounicode(self):
        if self._typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def tofile(self, f, /):
        f.write(self.tobytes())

    # The sequence protocol.

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def _new(self, items):
        result = array(self._typecode)
        result._items = items
        return result

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        try:
            return self._items[_index(index)]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError(f'can only assign array (not "{type(value).__name__}") to array slice')
            self._same_kind(value, "")
            start, stop, step = index.indices(len(self._items))
            if step != 1:
                count = len(range(start, stop, step))
                if len(value._items) != count:
                    raise ValueError(f"attempt to assign array of size {len(value._items)} "
                                     f"to extended slice of size {count}")
            self._items[index] = list(value._items)
            return
        item = _convert(self._typecode, value)
        try:
            self._items[_index(index)] = item
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._items[index]
            return
        try:
            del self._items[_index(index)]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        self._same_kind(other, "")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        self._same_kind(other, "")
        self._items += other._items
        return self

    def __mul__(self, n):
        return self._new(self._items * _index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _index(n)
        return self

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        return (type(self), (self._typecode, list(self._items)), getattr(self, "__dict__", None) or None)

    def __repr__(self):
        if not self._items:
            return f"array({self._typecode!r})"
        if self._typecode == "u":
            return f"array('u', {''.join(self._items)!r})"
        return f"array({self._typecode!r}, {self._items!r})"


# A built-in type in CPython: fixed, and named "array.array" in errors.
array = ArrayType = _immutable_type(array)

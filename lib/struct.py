"""Packing values into bytes and back, by a format string: byte order
(@ native with alignment, = < > ! standard sizes), then counted codes
x c b B ? h H i I l L q Q n N e f d s p P."""

from _ferropy import pack_float, unpack_float

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


error.__module__ = "struct"

_NATIVE_SIZES = {"x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8,
                 "q": 8, "Q": 8, "n": 8, "N": 8, "e": 2, "f": 4, "d": 8, "s": 1, "p": 1, "P": 8}
_STANDARD_SIZES = {"x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 4, "L": 4,
                   "q": 8, "Q": 8, "e": 2, "f": 4, "d": 8, "s": 1, "p": 1}
_SIGNED = "bhilqn"
_UNSIGNED = "BHILQNP"


def _parse(fmt):
    """(little_endian, native, items, size): items are (code, count,
    offset); s and p items have the count as their length."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode("ascii")
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(fmt).__name__)
    native = True
    little = True
    i = 0
    if fmt[:1] in ("@", "=", "<", ">", "!"):
        order = fmt[0]
        native = order == "@"
        little = order in ("@", "=", "<")
        i = 1
    sizes = _NATIVE_SIZES if native else _STANDARD_SIZES
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch.isspace():
            i += 1
            continue
        count = None
        if ch.isdigit():
            start = i
            while i < n and fmt[i].isdigit():
                i += 1
            count = int(fmt[start:i])
            if i >= n:
                raise error("repeat count given without format specifier")
            ch = fmt[i]
        i += 1
        if ch not in sizes:
            raise error("bad char in struct format")
        size = sizes[ch]
        if native and ch not in "xcbB?sp":
            offset = (offset + size - 1) // size * size
        if count is None:
            count = 1
        if ch in "sp":
            items.append((ch, count, offset))
            offset += count
        elif ch == "x":
            offset += count
        else:
            for _ in range(count):
                items.append((ch, 1, offset))
                offset += size
    return little, native, items, offset


def _as_int(value):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise error("required argument is not an integer")
    return index(value)


def _range_message(code, native, size):
    bits = size * 8
    if code == "b":
        return "byte format requires -128 <= number <= 127"
    if code == "B":
        return "ubyte format requires 0 <= number <= 255"
    if code == "h":
        return "short format requires -32768 <= number <= 32767"
    if code == "H":
        return "ushort format requires 0 <= number <= 65535"
    if code in _SIGNED:
        return "'%s' format requires %d <= number <= %d" % (code, -2 ** (bits - 1), 2 ** (bits - 1) - 1)
    return "'%s' format requires 0 <= number <= %d" % (code, 2 ** bits - 1)


def _pack_int(code, value, size, little, native):
    value = _as_int(value)
    bits = size * 8
    if code == "P":
        value &= (1 << bits) - 1
    elif code in _UNSIGNED:
        if value < 0:
            if code in "BH":
                raise error(_range_message(code, native, size))
            raise error("argument out of range")
        if value >= 1 << bits:
            # 8-byte items (and native L) overflow C's unsigned long.
            if size == 8:
                raise error("argument out of range")
            raise error(_range_message(code, native, size))
    else:
        if not -(1 << (bits - 1)) <= value < 1 << (bits - 1):
            if size == 8 or (native and code == "l"):
                raise error("argument out of range")
            raise error(_range_message(code, native, size))
    return value.to_bytes(size, "little" if little else "big", signed=code in _SIGNED)


def _pack_items(little, native, items, size, values):
    if len(values) != sum(1 for code, _, _ in items):
        raise error("pack expected %d items for packing (got %d)" % (len(items), len(values)))
    out = bytearray(size)
    for (code, count, offset), value in zip(items, values):
        if code in "sp":
            if not isinstance(value, (bytes, bytearray)):
                raise error("argument for '%s' must be a bytes object" % code)
            if code == "s":
                data = bytes(value[:count])
            else:
                data = bytes(value[:max(count - 1, 0)])
                if count:
                    data = bytes([min(len(data), 255)]) + data
            out[offset:offset + len(data)] = data
        elif code == "c":
            if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
                raise error("char format requires a bytes object of length 1")
            out[offset] = value[0]
        elif code == "?":
            out[offset] = 1 if value else 0
        elif code in "efd":
            try:
                x = float(value) if not isinstance(value, float) else value
            except (TypeError, ValueError):
                raise error("required argument is not a float") from None
            if not isinstance(value, (int, float)) and not hasattr(type(value), "__float__") and \
                    not hasattr(type(value), "__index__"):
                raise error("required argument is not a float")
            width = {"e": 2, "f": 4, "d": 8}[code]
            out[offset:offset + width] = pack_float(x, width, little, not native or code == "e")
        else:
            width = _NATIVE_SIZES[code] if native else _STANDARD_SIZES[code]
            out[offset:offset + width] = _pack_int(code, value, width, little, native)
    return bytes(out)


def _unpack_items(little, native, items, data):
    result = []
    order = "little" if little else "big"
    for code, count, offset in items:
        if code == "s":
            result.append(bytes(data[offset:offset + count]))
        elif code == "p":
            n = data[offset] if count else 0
            n = min(n, count - 1) if count else 0
            result.append(bytes(data[offset + 1:offset + 1 + n]))
        elif code == "c":
            result.append(bytes(data[offset:offset + 1]))
        elif code == "?":
            result.append(data[offset] != 0)
        elif code in "efd":
            width = {"e": 2, "f": 4, "d": 8}[code]
            result.append(unpack_float(bytes(data[offset:offset + width]), little))
        else:
            width = _NATIVE_SIZES[code] if native else _STANDARD_SIZES[code]
            result.append(int.from_bytes(data[offset:offset + width], order, signed=code in _SIGNED))
    return tuple(result)


def _buffer(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(data)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


class Struct:
    """A compiled format."""

    __module__ = "_struct"

    def __init__(self, format):
        self._little, self._native, self._items, self.size = _parse(format)
        self.format = format if isinstance(format, str) else format.decode("ascii")

    def pack(self, *values):
        return _pack_items(self._little, self._native, self._items, self.size, values)

    def pack_into(self, buffer, offset, *values):
        data = self.pack(*values)
        if offset < 0:
            if offset + len(buffer) < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, len(buffer)))
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d "
                        "(actual buffer size is %d)" % (self.size + offset, self.size, offset, len(buffer)))
        buffer[offset:offset + self.size] = data

    def unpack(self, buffer):
        data = _buffer(buffer)
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return _unpack_items(self._little, self._native, self._items, data)

    def unpack_from(self, buffer, offset=0):
        data = _buffer(buffer)
        if offset < 0:
            if offset + len(data) < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, len(data)))
            offset += len(data)
        if len(data) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d "
                        "(actual buffer size is %d)" % (self.size + offset, self.size, offset, len(data)))
        return _unpack_items(self._little, self._native, self._items, data[offset:offset + self.size])

    def iter_unpack(self, buffer):
        data = _buffer(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % self.size)
        return iter([_unpack_items(self._little, self._native, self._items, data[i:i + self.size])
                     for i in range(0, len(data), self.size)])


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) >= 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    return _struct(format).size


def pack(format, *values):
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    return _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)

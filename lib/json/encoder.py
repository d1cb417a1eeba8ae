"""JSON encoding: JSONEncoder and the string escaping it uses."""

import re

__all__ = ["JSONEncoder"]

INFINITY = float("inf")

_ESCAPE = re.compile(r'[\x00-\x1f\\"\b\f\n\r\t]')
_ESCAPE_ASCII = re.compile(r'([\\"]|[^\ -~])')
_ESCAPE_DCT = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r",
               "\t": "\\t"}
for _i in range(0x20):
    _ESCAPE_DCT.setdefault(chr(_i), "\\u{0:04x}".format(_i))
del _i


def py_encode_basestring(s):
    """A JSON string for `s`, non-ASCII characters kept."""
    return '"' + _ESCAPE.sub(lambda m: _ESCAPE_DCT[m.group(0)], s) + '"'


encode_basestring = py_encode_basestring


def _ascii_escape(match):
    s = match.group(0)
    try:
        return _ESCAPE_DCT[s]
    except KeyError:
        n = ord(s)
        if n < 0x10000:
            return "\\u{0:04x}".format(n)
        n -= 0x10000
        high = 0xd800 | ((n >> 10) & 0x3ff)
        low = 0xdc00 | (n & 0x3ff)
        return "\\u{0:04x}\\u{1:04x}".format(high, low)


def py_encode_basestring_ascii(s):
    """A JSON string for `s` in ASCII only (\\uXXXX escapes)."""
    if s.isascii() and _ESCAPE_ASCII.search(s) is None:
        return '"' + s + '"'
    return '"' + _ESCAPE_ASCII.sub(_ascii_escape, s) + '"'


encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Encodes Python data as JSON text.

    dict -> object, list and tuple -> array, str -> string, int and float
    -> number, True/False -> true/false, None -> null; anything else goes
    through `default`, which raises TypeError unless overridden.
    """

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        chunks = []
        _Writer(self, chunks).value(o, 0)
        return iter(chunks)


class _Writer:
    """Appends the JSON text of a value to a list of chunks."""

    def __init__(self, encoder, chunks):
        self.enc = encoder
        self.out = chunks.append
        self.markers = {} if encoder.check_circular else None
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        self.string = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring

    def float_text(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def value(self, o, level):
        if isinstance(o, str):
            self.out(self.string(o))
        elif o is None:
            self.out("null")
        elif o is True:
            self.out("true")
        elif o is False:
            self.out("false")
        elif isinstance(o, int):
            self.out(int.__repr__(o))
        elif isinstance(o, float):
            self.out(self.float_text(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.enter(o)
            self.value(self.enc.default(o), level)
            self.leave(o)

    def enter(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[id(o)] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def newline(self, level):
        return "\n" + self.indent * level

    def array(self, items, level):
        if not items:
            self.out("[]")
            return
        self.enter(items)
        separator = self.enc.item_separator
        if self.indent is not None:
            level += 1
            separator += self.newline(level)
            self.out("[" + self.newline(level))
        else:
            self.out("[")
        first = True
        for item in items:
            if not first:
                self.out(separator)
            first = False
            self.value(item, level)
        if self.indent is not None:
            level -= 1
            self.out(self.newline(level))
        self.out("]")
        self.leave(items)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.enc.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")

    def object(self, dct, level):
        if not dct:
            self.out("{}")
            return
        self.enter(dct)
        separator = self.enc.item_separator
        if self.indent is not None:
            level += 1
            separator += self.newline(level)
            self.out("{" + self.newline(level))
        else:
            self.out("{")
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        first = True
        for key, value in items:
            key = self.key_text(key)
            if key is None:
                continue
            if not first:
                self.out(separator)
            first = False
            self.out(self.string(key) + self.enc.key_separator)
            self.value(value, level)
        if self.indent is not None:
            level -= 1
            self.out(self.newline(level))
        self.out("}")
        self.leave(dct)

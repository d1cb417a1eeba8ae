"""JSON decoding: JSONDecoder, JSONDecodeError and the scanner.

The scanner is recursive descent over the text, with regular expressions
for the runs it can take at once (whitespace, numbers, plain string
chunks). Error messages and positions are CPython's.
"""

import re

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")


class JSONDecodeError(ValueError):
    """Invalid JSON: msg, the document, and where (pos, lineno, colno)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__("%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = "json.decoder"

_CONSTANTS = {"-Infinity": NegInf, "Infinity": PosInf, "NaN": NaN}
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?")
_CHUNK = re.compile(r'([^"\\\x00-\x1f]*)(["\\\x00-\x1f])')
_BACKSLASH = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def _hex4(s, pos):
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4 and esc[1:2] not in ("x", "X"):
        try:
            return int(esc, 16)
        except ValueError:
            pass
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)


def scanstring(s, end, strict=True):
    """The string starting after the quote at s[end - 1]: (text, end)."""
    chunks = []
    append = chunks.append
    begin = end - 1
    while True:
        chunk = _CHUNK.match(s, end)
        if chunk is None:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        end = chunk.end()
        content, terminator = chunk.groups()
        if content:
            append(content)
        if terminator == '"':
            break
        if terminator != "\\":
            if strict:
                raise JSONDecodeError("Invalid control character at", s, end - 1)
            append(terminator)
            continue
        try:
            esc = s[end]
        except IndexError:
            raise JSONDecodeError("Unterminated string starting at", s, begin) from None
        if esc != "u":
            try:
                append(_BACKSLASH[esc])
            except KeyError:
                raise JSONDecodeError("Invalid \\escape", s, end - 1) from None
            end += 1
            continue
        uni = _hex4(s, end)
        end += 5
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == "\\u":
            low = _hex4(s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        append(chr(uni))
    return "".join(chunks), end


class _Scanner:
    def __init__(self, decoder, s):
        self.d = decoder
        self.s = s

    def skip(self, pos):
        return _WHITESPACE.match(self.s, pos).end()

    def value(self, pos):
        s = self.s
        try:
            ch = s[pos]
        except IndexError:
            raise JSONDecodeError("Expecting value", s, pos) from None
        if ch == '"':
            return scanstring(s, pos + 1, self.d.strict)
        if ch == "{":
            return self.object(pos + 1)
        if ch == "[":
            return self.array(pos + 1)
        if ch == "n" and s.startswith("null", pos):
            return None, pos + 4
        if ch == "t" and s.startswith("true", pos):
            return True, pos + 4
        if ch == "f" and s.startswith("false", pos):
            return False, pos + 5
        number = _NUMBER.match(s, pos)
        if number is not None:
            integer, frac, exp = number.groups()
            if frac or exp:
                return self.d.parse_float(integer + (frac or "") + (exp or "")), number.end()
            return self.d.parse_int(integer), number.end()
        if ch == "N" and s.startswith("NaN", pos):
            return self.d.parse_constant("NaN"), pos + 3
        if ch == "I" and s.startswith("Infinity", pos):
            return self.d.parse_constant("Infinity"), pos + 8
        if ch == "-" and s.startswith("-Infinity", pos):
            return self.d.parse_constant("-Infinity"), pos + 9
        raise JSONDecodeError("Expecting value", s, pos)

    def object(self, pos):
        s = self.s
        pairs = []
        pos = self.skip(pos)
        if s[pos:pos + 1] != '"':
            if s[pos:pos + 1] == "}":
                return self.finish_object(pairs), pos + 1
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, pos)
        while True:
            key, pos = scanstring(s, pos + 1, self.d.strict)
            pos = self.skip(pos)
            if s[pos:pos + 1] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, pos)
            pos = self.skip(pos + 1)
            value, pos = self.value(pos)
            pairs.append((key, value))
            pos = self.skip(pos)
            ch = s[pos:pos + 1]
            pos += 1
            if ch == "}":
                return self.finish_object(pairs), pos
            if ch != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, pos - 1)
            pos = self.skip(pos)
            if s[pos:pos + 1] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, pos)

    def finish_object(self, pairs):
        if self.d.object_pairs_hook is not None:
            return self.d.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.d.object_hook is not None:
            return self.d.object_hook(result)
        return result

    def array(self, pos):
        s = self.s
        values = []
        pos = self.skip(pos)
        if s[pos:pos + 1] == "]":
            return values, pos + 1
        while True:
            value, pos = self.value(pos)
            values.append(value)
            pos = self.skip(pos)
            ch = s[pos:pos + 1]
            pos += 1
            if ch == "]":
                return values, pos
            if ch != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, pos - 1)
            pos = self.skip(pos)


class JSONDecoder:
    """Decodes JSON text into Python data (objects become dicts, arrays
    lists, numbers int or float)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _WHITESPACE.match(s, 0).end())
        end = _WHITESPACE.match(s, end).end()
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return _Scanner(self, s).value(idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None

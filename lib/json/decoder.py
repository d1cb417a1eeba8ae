"""JSON decoding: JSONDecoder and JSONDecodeError.

The scanner is native (`_json.scan_once`, crates/stdlib/src/json.rs):
recursive descent over the text, calling the decoder's hooks, with
CPython's error messages and positions. `scanstring` is its string
scanner, public as in CPython.
"""

import _json

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
_constant = _CONSTANTS.__getitem__
scanstring = _json.scanstring


class JSONDecoder:
    """Decodes JSON text into Python data (objects become dicts, arrays
    lists, numbers int or float)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _json.skip_whitespace(s, 0))
        end = _json.skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        # The scanner in Rust (crates/stdlib/src/json.rs) does what
        # Python scanner it replaced did, hooks and messages included.
        return _json.scan_once(self, s, idx, _constant)

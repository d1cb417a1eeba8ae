"""JSON encoding: JSONEncoder and the string escaping it uses.

The writer is native (`_json.encode`, crates/stdlib/src/json.rs): it
walks dicts, lists, tuples, strings, numbers, True/False/None and calls
the encoder's `default` for anything else, honouring indent, separators,
sort_keys, skipkeys, ensure_ascii, allow_nan and check_circular as
CPython's encoder does.
"""

import _json

__all__ = ["JSONEncoder"]


def encode_basestring(s):
    """A JSON string for `s`, non-ASCII characters kept."""
    return _json.encode_string(s, False)


def encode_basestring_ascii(s):
    """A JSON string for `s` in ASCII only (\\uXXXX escapes)."""
    return _json.encode_string(s, True)


# CPython's names for its pure-Python versions of the same.
py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii


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
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        return iter([_json.encode(self, o, indent)])

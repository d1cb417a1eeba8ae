"""A TOML 1.0.0 parser: one pass over the text, building the document
as it goes.

Each table dict's origin is remembered by id(): declared by a [header]
("explicit"), made by dotted keys ("dotted"), or an inline table
("frozen", which nothing may extend); lists made by [[headers]] are
arrays of tables. These decide which redefinitions are errors.
"""

import datetime
import re

__all__ = ("loads", "load", "TOMLDecodeError")

ASCII_CTRL = frozenset(chr(i) for i in range(32)) | frozenset(chr(127))
BARE_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
WS = frozenset(" \t")
BASIC_ESCAPES = {"\\b": "\b", "\\t": "\t", "\\n": "\n", "\\f": "\f", "\\r": "\r", "\\\"": "\"", "\\\\": "\\"}

_DIGITS = r"[0-9](?:_?[0-9])*"
RE_NUMBER = re.compile(
    r"""
    0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*
    |0o[0-7](?:_?[0-7])*
    |0b[01](?:_?[01])*
    |[+-]?(?:0|[1-9](?:_?[0-9])*)
     (?P<floatpart>
        (?:\.""" + _DIGITS + r""")?(?:[eE][+-]?""" + _DIGITS + r""")?
     )
    """,
    re.VERBOSE,
)
RE_LOCALTIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9]|60)(?:\.([0-9]+))?"
RE_DATETIME = re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + RE_LOCALTIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?"
)
RE_TIME = re.compile(RE_LOCALTIME)


class TOMLDecodeError(ValueError):
    """An error while decoding a TOML document."""


def load(fp, /, *, parse_float=float):
    """Parses TOML from a binary file."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parses a TOML document (str) into a dict."""
    # (bytes fail here with bytes.replace's TypeError, as in CPython.)
    return _Parser(s.replace("\r\n", "\n"), parse_float).parse()


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = self.checked(parse_float)
        self.root = {}
        self.explicit = set()
        self.dotted = set()
        self.frozen = set()
        self.arrays_of_tables = set()
        # Keep every table alive, so that an id() is never reused.
        self.keep = []

    @staticmethod
    def checked(parse_float):
        if parse_float is float:
            return float

        def parse(text):
            value = parse_float(text)
            if isinstance(value, (dict, list)):
                raise ValueError("parse_float must not return dicts or lists")
            return value
        return parse

    # ----- errors and position -----

    def error(self, msg, pos=None):
        pos = self.pos if pos is None else pos
        if pos >= len(self.src):
            where = "end of document"
        else:
            line = self.src.count("\n", 0, pos) + 1
            column = pos - self.src.rfind("\n", 0, pos)
            where = f"line {line}, column {column}"
        return TOMLDecodeError(f"{msg} (at {where})")

    def peek(self):
        return self.src[self.pos] if self.pos < len(self.src) else ""

    def skip_ws(self):
        while self.peek() in WS and self.peek():
            self.pos += 1

    def skip_comment(self):
        if self.peek() == "#":
            self.pos += 1
            while self.pos < len(self.src) and self.src[self.pos] != "\n":
                if self.src[self.pos] in ASCII_CTRL and self.src[self.pos] != "\t":
                    raise self.error("Illegal character in a comment")
                self.pos += 1

    def skip_ws_comments_newlines(self):
        while True:
            self.skip_ws()
            self.skip_comment()
            if self.peek() == "\n":
                self.pos += 1
                continue
            return

    def end_of_statement(self):
        self.skip_ws()
        self.skip_comment()
        if self.pos < len(self.src):
            if self.src[self.pos] != "\n":
                raise self.error("Expected newline or end of document after a statement")
            self.pos += 1

    # ----- the document -----

    def parse(self):
        current = self.root
        while True:
            self.skip_ws_comments_newlines()
            if self.pos >= len(self.src):
                return self.root
            char = self.peek()
            if char == "[":
                if self.src.startswith("[[", self.pos):
                    current = self.array_table_header()
                else:
                    current = self.table_header()
            elif char in BARE_KEY_CHARS or char in "\"'":
                self.key_value(current)
            else:
                raise self.error("Invalid statement")
            self.end_of_statement()

    def table_header(self):
        self.pos += 1
        self.skip_ws()
        key = self.key()
        self.skip_ws()
        if self.peek() != "]":
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += 1
        parent = self.walk(key[:-1])
        name = key[-1]
        table = parent.get(name)
        if table is None:
            table = self.new_table()
            parent[name] = table
        elif not isinstance(table, dict) or id(table) in self.explicit or id(table) in self.dotted \
                or id(table) in self.frozen:
            raise self.error(f"Cannot declare {key} twice")
        self.explicit.add(id(table))
        return table

    def array_table_header(self):
        self.pos += 2
        self.skip_ws()
        key = self.key()
        self.skip_ws()
        if not self.src.startswith("]]", self.pos):
            raise self.error("Expected ']]' at the end of an array declaration")
        self.pos += 2
        parent = self.walk(key[:-1])
        name = key[-1]
        array = parent.get(name)
        if array is None:
            array = []
            self.keep.append(array)
            self.arrays_of_tables.add(id(array))
            parent[name] = array
        elif not isinstance(array, list) or id(array) not in self.arrays_of_tables:
            raise self.error(f"Cannot declare {key} twice")
        table = self.new_table()
        self.explicit.add(id(table))
        array.append(table)
        return table

    def new_table(self):
        table = {}
        self.keep.append(table)
        return table

    def walk(self, key):
        """The table a header's prefix names, made as needed (the last
        table of an array of tables)."""
        table = self.root
        for part in key:
            child = table.get(part)
            if child is None:
                child = self.new_table()
                table[part] = child
            elif isinstance(child, list) and id(child) in self.arrays_of_tables:
                child = child[-1]
            if not isinstance(child, dict) or id(child) in self.frozen:
                raise self.error("Cannot overwrite a value")
            table = child
        return table

    def key_value(self, table):
        key = self.key()
        self.skip_ws()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip_ws()
        for part in key[:-1]:
            child = table.get(part)
            if child is None:
                child = self.new_table()
                self.dotted.add(id(child))
                table[part] = child
            elif not isinstance(child, dict) or id(child) in self.frozen:
                raise self.error("Cannot overwrite a value")
            elif id(child) in self.explicit:
                raise self.error(f"Cannot redefine namespace {key[:-1]}")
            table = child
        if key[-1] in table:
            raise self.error("Cannot overwrite a value")
        table[key[-1]] = self.value()

    def key(self):
        parts = [self.key_part()]
        while True:
            self.skip_ws()
            if self.peek() != ".":
                return tuple(parts)
            self.pos += 1
            self.skip_ws()
            parts.append(self.key_part())

    def key_part(self):
        char = self.peek()
        if char in BARE_KEY_CHARS and char:
            start = self.pos
            while self.peek() in BARE_KEY_CHARS and self.peek():
                self.pos += 1
            return self.src[start:self.pos]
        if char == "'":
            return self.literal_string()
        if char == '"':
            return self.basic_string()
        raise self.error("Invalid initial character for a key part")

    # ----- values -----

    def value(self):
        char = self.peek()
        if char == '"':
            if self.src.startswith('"""', self.pos):
                return self.multiline_string(basic=True)
            return self.basic_string()
        if char == "'":
            if self.src.startswith("'''", self.pos):
                return self.multiline_string(basic=False)
            return self.literal_string()
        if char == "[":
            return self.array()
        if char == "{":
            return self.inline_table()
        for word, result in (("true", True), ("false", False)):
            if self.src.startswith(word, self.pos):
                self.pos += len(word)
                return result
        match = RE_DATETIME.match(self.src, self.pos)
        if match:
            return self.date_time(match)
        match = RE_TIME.match(self.src, self.pos)
        if match:
            self.pos = match.end()
            return self.time_of(match.groups())
        for special in ("inf", "nan", "+inf", "-inf", "+nan", "-nan"):
            if self.src.startswith(special, self.pos):
                self.pos += len(special)
                return self.parse_float(special)
        match = RE_NUMBER.match(self.src, self.pos)
        if match and match.end() > self.pos:
            text = match.group()
            self.pos = match.end()
            if match.group("floatpart"):
                return self.parse_float(text.replace("_", ""))
            if text[:2] in ("0x", "0o", "0b"):
                return int(text.replace("_", ""), 0)
            return int(text.replace("_", ""))
        raise self.error("Invalid value")

    def basic_string(self):
        self.pos += 1
        out = []
        while True:
            char = self.peek()
            if not char:
                raise self.error("Unterminated string")
            if char == '"':
                self.pos += 1
                return "".join(out)
            if char == "\\":
                out.append(self.escape())
                continue
            if char in ASCII_CTRL and char != "\t":
                raise self.error(f"Illegal character {char!r}")
            out.append(char)
            self.pos += 1

    def escape(self):
        pair = self.src[self.pos:self.pos + 2]
        if pair in BASIC_ESCAPES:
            self.pos += 2
            return BASIC_ESCAPES[pair]
        if pair in ("\\u", "\\U"):
            length = 4 if pair == "\\u" else 8
            digits = self.src[self.pos + 2:self.pos + 2 + length]
            if len(digits) != length or not all(c in "0123456789abcdefABCDEF" for c in digits):
                raise self.error("Invalid hex value")
            code = int(digits, 16)
            if not (0 <= code <= 0xD7FF or 0xE000 <= code <= 0x10FFFF):
                raise self.error("Escaped character is not a Unicode scalar value")
            self.pos += 2 + length
            return chr(code)
        raise self.error("Unescaped '\\' in a string")

    def literal_string(self):
        self.pos += 1
        start = self.pos
        while True:
            char = self.peek()
            if not char:
                raise self.error("Unterminated string")
            if char == "'":
                self.pos += 1
                return self.src[start:self.pos - 1]
            if char in ASCII_CTRL and char != "\t":
                raise self.error(f"Found invalid character {char!r}")
            self.pos += 1

    def multiline_string(self, basic):
        delim = '"""' if basic else "'''"
        self.pos += 3
        if self.peek() == "\n":
            self.pos += 1
        out = []
        while True:
            if self.pos >= len(self.src):
                raise self.error("Unterminated string")
            if self.src.startswith(delim, self.pos):
                # Up to two more quotes belong to the content.
                self.pos += 3
                extra = 0
                while extra < 2 and self.peek() == delim[0]:
                    extra += 1
                    self.pos += 1
                out.append(delim[0] * extra)
                return "".join(out)
            char = self.src[self.pos]
            if basic and char == "\\":
                # A backslash ending a line trims the whitespace after it.
                rest = self.pos + 1
                while rest < len(self.src) and self.src[rest] in WS:
                    rest += 1
                if rest < len(self.src) and self.src[rest] == "\n":
                    self.pos = rest
                    while self.pos < len(self.src) and self.src[self.pos] in " \t\n":
                        self.pos += 1
                    continue
                out.append(self.escape())
                continue
            if char in ASCII_CTRL and char not in "\t\n":
                raise self.error(f"Illegal character {char!r}")
            out.append(char)
            self.pos += 1

    def array(self):
        self.pos += 1
        items = []
        while True:
            self.skip_ws_comments_newlines()
            if self.peek() == "]":
                self.pos += 1
                return items
            items.append(self.value())
            self.skip_ws_comments_newlines()
            char = self.peek()
            if char == "]":
                self.pos += 1
                return items
            if char != ",":
                raise self.error("Unclosed array")
            self.pos += 1

    def inline_table(self):
        self.pos += 1
        table = self.new_table()
        self.skip_ws()
        if self.peek() == "}":
            self.pos += 1
            self.freeze(table)
            return table
        while True:
            self.skip_ws()
            self.key_value(table)
            self.skip_ws()
            char = self.peek()
            if char == "}":
                self.pos += 1
                self.freeze(table)
                return table
            if char != ",":
                raise self.error("Unclosed inline table")
            self.pos += 1

    def freeze(self, table):
        self.frozen.add(id(table))
        for value in table.values():
            if isinstance(value, dict):
                self.freeze(value)

    def date_time(self, match):
        start = self.pos
        self.pos = match.end()
        year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
        try:
            if match.group(4) is None:
                return datetime.date(year, month, day)
            hour, minute, second, micros = self.time_fields(match.groups()[3:7])
            tz = None
            if match.group(8):
                tz = datetime.timezone.utc
            elif match.group(9):
                sign = 1 if match.group(9) == "+" else -1
                tz = datetime.timezone(sign * datetime.timedelta(hours=int(match.group(10)),
                                                                 minutes=int(match.group(11))))
            return datetime.datetime(year, month, day, hour, minute, second, micros, tzinfo=tz)
        except ValueError:
            raise self.error("Invalid date or datetime", start) from None

    def time_fields(self, groups):
        hour, minute, second, fraction = groups
        micros = int(fraction[:6].ljust(6, "0")) if fraction else 0
        return int(hour), int(minute), int(second), micros

    def time_of(self, groups):
        try:
            return datetime.time(*self.time_fields(groups))
        except ValueError:
            raise self.error("Invalid time") from None

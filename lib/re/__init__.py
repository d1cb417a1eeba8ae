"""Regular expressions with Python's syntax and results.

Patterns are translated to the syntax of the fancy-regex crate
(re/_translate.py) and matched by it (the native `_regex` module); this
file holds what Python code sees: compile() and its cache, Pattern and
Match objects, sub() templates, split() and findall() built on the
engine's scan, and the flags.
"""

import sys

import _regex
from re import _translate
from types import GenericAlias as _GenericAlias

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L",
           "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
           "UNICODE", "NOFLAG", "RegexFlag"]

__version__ = "2.2.1"


class RegexFlag(int):
    """The flags, shown as CPython 3.11 shows them (`re.IGNORECASE|re.DOTALL`)."""

    __module__ = "re"
    _names = [("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32), ("MULTILINE", 8),
              ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128)]

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        parts = [f"re.{name}" for name, bit in self._names if value & bit]
        rest = value & ~sum(bit for name, bit in self._names)
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return format(repr(self), spec)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & sum(bit for name, bit in self._names))


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(_translate.ASCII)
I = IGNORECASE = RegexFlag(_translate.IGNORECASE)  # noqa: E741
L = LOCALE = RegexFlag(_translate.LOCALE)
U = UNICODE = RegexFlag(_translate.UNICODE)
M = MULTILINE = RegexFlag(_translate.MULTILINE)
S = DOTALL = RegexFlag(_translate.DOTALL)
X = VERBOSE = RegexFlag(_translate.VERBOSE)
T = TEMPLATE = RegexFlag(_translate.TEMPLATE)
DEBUG = RegexFlag(_translate.DEBUG)


class error(Exception):
    """A pattern or template that is not valid.

    msg: the message; pattern: the pattern; pos: the index where it went
    wrong; lineno, colno: that index as a line and column.
    """

    __module__ = "re"

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


def _text_of(pattern):
    """A pattern as the str the translator reads (bytes as Latin-1)."""
    if isinstance(pattern, str):
        return pattern, False
    if isinstance(pattern, (bytes, bytearray)):
        return bytes(pattern).decode("latin-1"), True
    raise TypeError("first argument must be string or compiled pattern")


class Pattern:
    """A compiled regular expression."""

    __module__ = "re"

    def __init__(self, pattern, flags):
        text, is_bytes = _text_of(pattern)
        try:
            result = _translate.translate(text, int(flags), is_bytes)
        except _translate.PatternError as e:
            raise error(e.msg, pattern, e.pos) from None
        self.pattern = pattern
        self.flags = result.flags
        self.groups = result.groups
        self._groupindex = dict(result.groupindex)
        self._parents = result.parents
        self._bytes = is_bytes
        self._engine = _regex.compile(result.text, is_bytes)
        self._warnings = result.warnings

    @property
    def groupindex(self):
        import types
        return types.MappingProxyType(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if not self._bytes:
            flags &= ~UNICODE
        text = repr(self.pattern)[:200]
        if flags:
            return f"re.compile({text}, {RegexFlag(flags)!r})"
        return f"re.compile({text})"

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    __class_getitem__ = classmethod(_GenericAlias)

    # The engine checks the haystack's type and clamps the positions.
    def search(self, string, pos=0, endpos=sys.maxsize):
        spans = self._engine.search(string, pos, endpos, 0)
        return None if spans is None else Match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=sys.maxsize):
        spans = self._engine.search(string, pos, endpos, 1)
        return None if spans is None else Match(self, string, pos, endpos, spans)

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        spans = self._engine.search(string, pos, endpos, 2)
        return None if spans is None else Match(self, string, pos, endpos, spans)

    def _scan(self, string, pos=0, endpos=sys.maxsize, limit=0):
        return pos, endpos, self._engine.scan(string, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        pos, endpos, found = self._scan(string, pos, endpos)
        return iter([Match(self, string, pos, endpos, spans) for spans in found])

    def findall(self, string, pos=0, endpos=sys.maxsize):
        if self.groups == 0:
            return self._engine.matched(string, max(pos, 0), max(endpos, 0))
        pos, endpos, found = self._scan(string, pos, endpos)
        empty = string[:0]
        result = []
        for spans in found:
            items = tuple(string[spans[2 * g]:spans[2 * g + 1]] if spans[2 * g] >= 0 else empty
                          for g in range(1, self.groups + 1))
            result.append(items[0] if self.groups == 1 else items)
        return result

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        if self.groups == 0:
            return self._engine.pieces(string, 0, sys.maxsize, maxsplit)
        pos, endpos, found = self._scan(string, 0, sys.maxsize, maxsplit)
        pieces = []
        last = 0
        for spans in found:
            pieces.append(string[last:spans[0]])
            for g in range(1, self.groups + 1):
                start = spans[2 * g]
                pieces.append(string[start:spans[2 * g + 1]] if start >= 0 else None)
            last = spans[1]
        pieces.append(string[last:])
        return pieces

    def subn(self, repl, string, count=0):
        if count < 0:
            return string, 0
        if callable(repl):
            expand = repl
        else:
            template = _compile_template(self, repl)
            if len(template) == 1 and not isinstance(template[0], int):
                    return self._engine.replace(string, template[0], count)
            else:
                def expand(match):
                    return _expand(match, template)
        pos, endpos, found = self._scan(string, 0, sys.maxsize, count)
        pieces = []
        last = 0
        for spans in found:
            pieces.append(string[last:spans[0]])
            text = expand(Match(self, string, pos, endpos, spans))
            if text is not None:
                if not isinstance(text, (str, bytes, bytearray)):
                    raise TypeError(f"expected str instance, {type(text).__name__} found"
                                    if isinstance(string, str) else
                                    f"expected a bytes-like object, {type(text).__name__} found")
                pieces.append(text)
            last = spans[1]
        pieces.append(string[last:])
        return string[:0].join(pieces), len(found)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=sys.maxsize):
        return _PatternScanner(self, string, pos, endpos)


class Match:
    """The result of a successful match."""

    __module__ = "re"

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self._pos = pos
        self._endpos = endpos
        self._spans = spans

    @property
    def pos(self):
        return min(max(self._pos, 0), len(self.string))

    @property
    def endpos(self):
        return min(max(self._endpos, 0), len(self.string))

    def _index(self, group):
        if isinstance(group, str):
            index = self.re._groupindex.get(group)
            if index is not None:
                return index
        else:
            try:
                index = group.__index__()
            except AttributeError:
                raise IndexError("no such group") from None
            if 0 <= index <= self.re.groups:
                return index
        raise IndexError("no such group")

    def _group(self, index, default=None):
        start = self._spans[2 * index]
        if start < 0:
            return default
        return self.string[start:self._spans[2 * index + 1]]

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(self._index(groups[0]))
        return tuple(self._group(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._group(self._index(group))

    def groups(self, default=None):
        return tuple(self._group(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(index, default) for name, index in self.re._groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        index = self._index(group)
        return self._spans[2 * index], self._spans[2 * index + 1]

    @property
    def regs(self):
        return tuple((self._spans[2 * g], self._spans[2 * g + 1]) for g in range(self.re.groups + 1))

    @property
    def lastindex(self):
        # The group that closed last: of the groups ending furthest right,
        # an enclosing group closes after the groups inside it, and of
        # siblings, the later one.
        best = None
        for g in range(1, self.re.groups + 1):
            if self._spans[2 * g] < 0:
                continue
            end = self._spans[2 * g + 1]
            if best is None or end > best[0]:
                best = (end, [g])
            elif end == best[0]:
                best[1].append(g)
        if best is None:
            return None
        candidates = best[1]
        parents = self.re._parents

        def enclosed(g):
            p = parents[g]
            while p:
                if p in candidates:
                    return True
                p = parents[p]
            return False
        return max(g for g in candidates if not enclosed(g))

    @property
    def lastgroup(self):
        index = self.lastindex
        if index is None:
            return None
        for name, number in self.re._groupindex.items():
            if number == index:
                return name
        return None

    def expand(self, template):
        return _expand(self, _compile_template(self.re, template))

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._spans[0], self._spans[1], repr(self.group(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    __class_getitem__ = classmethod(_GenericAlias)


# -- sub() templates ---------------------------------------------------------

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
                     "\\": "\\"}


def _compile_template(pattern, repl):
    """The replacement as a list of literal texts and group numbers."""
    text, is_bytes = _text_of(repl) if isinstance(repl, (str, bytes, bytearray)) else (None, False)
    if text is None:
        raise TypeError(f"expected str instance, {type(repl).__name__} found")
    if is_bytes != pattern._bytes:
        raise TypeError("expected str instance, bytes found" if not pattern._bytes else
                        f"expected a bytes-like object, {type(repl).__name__} found")
    parts = []
    literal = []
    i, n = 0, len(text)

    def fail(msg, pos):
        raise error(msg, repl, pos)

    while i < n:
        ch = text[i]
        if ch != "\\":
            literal.append(ch)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            fail("bad escape (end of pattern)", start)
        ch = text[i]
        i += 1
        group = None
        if ch == "g":
            if i >= n or text[i] != "<":
                fail("missing <", i)
            end = text.find(">", i + 1)
            if end < 0:
                fail("missing >, unterminated name", i + 1)
            name = text[i + 1:end]
            if not name:
                fail("missing group name", i + 1)
            if name.isdigit() and name.isascii():
                group = int(name)
                if group > pattern.groups:
                    fail(f"invalid group reference {group}", i + 1)
            elif name.isidentifier():
                if name not in pattern._groupindex:
                    raise IndexError(f"unknown group name {name!r}")
                group = pattern._groupindex[name]
            else:
                fail(f"bad character in group name {name!r}", i + 1)
            i = end + 1
        elif ch == "0":
            digits = ch
            while len(digits) < 3 and i < n and text[i] in "01234567":
                digits += text[i]
                i += 1
            literal.append(chr(int(digits, 8)))
        elif ch in "123456789":
            digits = ch
            if i < n and text[i].isdigit() and text[i].isascii():
                if ch in "01234567" and text[i] in "01234567" and i + 1 < n and text[i + 1] in "01234567":
                    digits += text[i:i + 2]
                    i += 2
                    value = int(digits, 8)
                    if value > 0o377:
                        fail(f"octal escape value \\{digits} outside of range 0-0o377", start)
                    literal.append(chr(value))
                    continue
                digits += text[i]
                i += 1
            group = int(digits)
            if group > pattern.groups:
                fail(f"invalid group reference {group}", start + 1)
        elif ch in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[ch])
        elif ch.isascii() and ch.isalpha():
            fail(f"bad escape \\{ch}", start)
        else:
            literal.append("\\" + ch)
        if group is not None:
            if literal:
                parts.append("".join(literal))
                literal = []
            parts.append(group)
    if literal or not parts:
        parts.append("".join(literal))
    if is_bytes:
        parts = [p.encode("latin-1") if isinstance(p, str) else p for p in parts]
    return parts


def _expand(match, template):
    empty = match.string[:0]
    pieces = []
    for part in template:
        if isinstance(part, int):
            text = match._group(part)
            if text is not None:
                pieces.append(text)
        else:
            pieces.append(part)
    return empty.join(pieces) if isinstance(empty, str) else b"".join(bytes(p) for p in pieces)


# -- the module-level functions ----------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    compiled = Pattern(pattern, flags)
    if compiled._warnings:
        import warnings
        for text in compiled._warnings:
            # Shown at the line that called the public function.
            warnings.warn(text, FutureWarning, stacklevel=3)
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    raise NotImplementedError("re.template is not supported by ferropy (deprecated in 3.11)")


_SPECIAL = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL)
    return bytes(pattern).decode("latin-1").translate(_SPECIAL).encode("latin-1")


class _PatternScanner:
    """Successive matches of a pattern, each starting where the last
    ended (after an empty match, one character further)."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._done = False

    def _next(self, method):
        if self._done:
            return None
        m = method(self._string, self._pos, self._endpos)
        if m is None:
            self._done = True
            return None
        self._pos = m.end() if m.end() > m.start() else m.end() + 1
        if self._pos > len(self._string):
            self._done = True
        return m

    def match(self):
        return self._next(self.pattern.match)

    def search(self):
        return self._next(self.pattern.search)


class Scanner:
    """A lexer: (pattern, action) pairs tried in order at each position;
    an action is a value to collect, None to skip, or a function called
    with (scanner, text) whose result is collected."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        # One alternation with a group per phrase; `_groups` says where
        # each phrase's own group is (phrases may have groups inside).
        parts, self._groups, index = [], [], 1
        for phrase, _ in lexicon:
            parts.append("(" + phrase + ")")
            self._groups.append(index)
            index += 1 + compile(phrase, flags).groups
        self.scanner = compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        i = 0
        while True:
            m = self.scanner.match(string, i)
            if not m:
                break
            j = m.end()
            if i == j:
                break
            which = next(k for k, g in enumerate(self._groups) if m.start(g) != -1)
            action = self.lexicon[which][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]

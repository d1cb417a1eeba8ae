"""Translates a pattern in Python's regular-expression syntax into the
syntax of the fancy-regex crate, which does the matching (`_regex`).

The translator parses the whole pattern, so that it reports errors with
CPython's messages and positions, counts the groups and their names, and
writes out every construct whose meaning differs between the two
dialects in a form that means the same in both:

- flags are tracked here, scope by scope; `.`, `^`, `$` and the classes
  `\\w \\d \\s \\b` are written out for the flags in force, so only the
  IGNORECASE flag of a Unicode pattern is left to the engine;
- `$` without MULTILINE also matches before a final newline, `\\Z` is
  the engine's `\\z`;
- ASCII mode (and bytes patterns, which are matched as Latin-1 text)
  spells out ASCII classes, word boundaries and case folding;
- literal characters are written as `\\x{...}` where the engine might
  read them as syntax (inside classes, always);
- `{` that does not make a repeat is a literal, `{,n}` is `{0,n}`;
- verbose-mode whitespace and comments are dropped here.
"""

# Flag values, as CPython numbers them.
TEMPLATE, IGNORECASE, LOCALE, MULTILINE, DOTALL, UNICODE, VERBOSE, DEBUG, ASCII = (
    1, 2, 4, 8, 16, 32, 64, 128, 256)
_FLAG_LETTERS = {"a": ASCII, "i": IGNORECASE, "L": LOCALE, "m": MULTILINE, "s": DOTALL,
                 "x": VERBOSE, "u": UNICODE}
_SCOPED_LETTERS = "imsx"

_ASCII_WORD = "0-9A-Za-z_"
_ASCII_SPACE = r"\t\n\x0b\x0c\r "
_SIMPLE_ESCAPES = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92}
_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_HEXDIGITS = "0123456789abcdefABCDEF"
_REPEAT_CHARS = "*+?{"
_WHITESPACE = " \t\n\r\v\f"


class PatternError(Exception):
    """A bad pattern: the message and the position CPython reports."""

    def __init__(self, msg, pos):
        super().__init__(msg, pos)
        self.msg = msg
        self.pos = pos


class Translation:
    def __init__(self, text, flags, groups, groupindex, parents, warnings):
        self.text = text
        self.flags = flags
        self.groups = groups
        self.groupindex = groupindex
        # parents[n]: the group that encloses group n (0 for none).
        self.parents = parents
        # FutureWarning texts for syntax whose meaning may change.
        self.warnings = warnings


# ferropy's str holds the lone surrogates U+D800-U+DFFF as the chars
# U+DF800-U+DFFFF (unassigned code points, never in a str themselves), and
# the engine sees those chars: code points given by number are moved there.
_SURROGATE_SHIFT = 0xDF800 - 0xD800


def _hexchar(code):
    if 0xD800 <= code <= 0xDFFF:
        code += _SURROGATE_SHIFT
    return "\\x{%x}" % code


def _class_range(lo, hi):
    """A class range of Python code points as the engine's ranges (without
    U+DF800-U+DFFFF, which no str holds)."""
    pieces = []
    for a, b in ((lo, min(hi, 0xD7FF)), (max(lo, 0xD800), min(hi, 0xDFFF)), (max(lo, 0xE000), min(hi, 0xDF7FF)),
                 (max(lo, 0xE0000), hi)):
        if a < b:
            pieces.append(_hexchar(a) + "-" + _hexchar(b))
        elif a == b:
            pieces.append(_hexchar(a))
    return "".join(pieces)


def _literal(code):
    """A character outside a class, as the engine must read it."""
    ch = chr(code)
    if ch.isalnum() or ch == "_" or (code > 127 and not ch.isspace()):
        return ch
    return _hexchar(code)


def translate(pattern, flags, is_bytes):
    """Translation of `pattern` (a str; bytes patterns come as Latin-1
    text) under `flags`."""
    return _Translator(pattern, flags, is_bytes).run()


class _Translator:
    def __init__(self, pattern, flags, is_bytes):
        self.p = pattern
        self.n = len(pattern)
        self.i = 0
        self.flags = flags
        self.is_bytes = is_bytes
        self.groups = 0
        self.groupindex = {}
        self.open_groups = []
        self.parents = [0]
        self.warnings = []

    # -- reading -----------------------------------------------------

    def error(self, msg, pos=None):
        raise PatternError(msg, self.i if pos is None else pos)

    def peek(self, k=0):
        j = self.i + k
        return self.p[j] if j < self.n else ""

    def take(self):
        ch = self.p[self.i]
        self.i += 1
        return ch

    def skip_verbose(self, flags):
        if not flags & VERBOSE:
            return
        while self.i < self.n:
            ch = self.p[self.i]
            if ch in _WHITESPACE:
                self.i += 1
            elif ch == "#":
                end = self.p.find("\n", self.i)
                self.i = self.n if end < 0 else end + 1
            else:
                return

    # -- whole pattern ---------------------------------------------------

    def run(self):
        flags = self.flags
        # Global inline flags: only at the start, as in 3.11.
        while self.p.startswith("(?", self.i) and self.i + 2 < self.n and self.p[self.i + 2] in _FLAG_LETTERS:
            j = self.i + 2
            letters = 0
            while j < self.n and self.p[j] in _FLAG_LETTERS:
                letters |= _FLAG_LETTERS[self.p[j]]
                j += 1
            if j < self.n and self.p[j] == ")":
                flags |= letters
                self.i = j + 1
            else:
                break
        flags = self._check_flags(flags)
        self.flags = flags
        body = self.alternation(flags, 0)
        if self.i < self.n:
            assert self.p[self.i] == ")"
            self.error("unbalanced parenthesis")
        prefix = "(?i)" if flags & IGNORECASE and not self.ascii_mode(flags) else ""
        return Translation(prefix + body, flags, self.groups, self.groupindex, self.parents,
                           self.warnings)

    def _check_flags(self, flags):
        if self.is_bytes:
            if flags & UNICODE:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            if flags & LOCALE:
                raise NotImplementedError("re: the LOCALE flag is not supported by ferropy yet")
        else:
            if flags & LOCALE:
                raise ValueError("cannot use LOCALE flag with a str pattern")
            if flags & ASCII and flags & UNICODE:
                raise ValueError("ASCII and UNICODE flags are incompatible")
            if not flags & ASCII:
                flags |= UNICODE
        return flags

    def ascii_mode(self, flags):
        return self.is_bytes or bool(flags & ASCII)

    # -- structure -------------------------------------------------------

    def alternation(self, flags, depth):
        branches = [self.sequence(flags, depth)]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence(flags, depth))
        return "|".join(branches)

    def sequence(self, flags, depth):
        out = []
        while True:
            self.skip_verbose(flags)
            if self.i >= self.n:
                return "".join(out)
            ch = self.p[self.i]
            if ch == "|":
                return "".join(out)
            if ch == ")":
                if depth == 0:
                    self.error("unbalanced parenthesis")
                return "".join(out)
            if ch in "*+?":
                self.error("nothing to repeat")
            if ch == "{" and self.repeat_bounds() is not None:
                self.error("nothing to repeat")
            atom, repeatable = self.atom(flags, depth)
            self.skip_verbose(flags)
            if self.i < self.n and (self.p[self.i] in "*+?" or
                                    (self.p[self.i] == "{" and self.repeat_bounds() is not None)):
                if not repeatable:
                    self.error("nothing to repeat", self.i)
                atom = "(?:" + atom + ")" + self.repeat()
                self.skip_verbose(flags)
                if self.i < self.n and (self.p[self.i] in "*+?" or
                                        (self.p[self.i] == "{" and self.repeat_bounds() is not None)):
                    self.error("multiple repeat", self.i)
            out.append(atom)

    def repeat_bounds(self):
        """(min, max) if a `{...}` repeat starts here, else None."""
        end = self.p.find("}", self.i)
        if end < 0:
            return None
        body = self.p[self.i + 1:end]
        lo, comma, hi = body.partition(",")
        if not all(c in _DIGITS for c in lo + hi) or (not comma and not lo):
            return None
        low = int(lo) if lo else 0
        high = (int(hi) if hi else None) if comma else low
        return low, high, end

    def repeat(self):
        bounds = self.repeat_bounds() if self.peek() == "{" else None
        ch = self.take()
        if ch == "{":
            lo, hi, end = bounds
            if hi is not None and hi < lo:
                self.error("min repeat greater than max repeat", self.i)
            if lo >= 4294967295 or (hi is not None and hi >= 4294967295):
                raise OverflowError("the repetition number is too large")
            self.i = end + 1
            text = "{%d,%s}" % (lo, "" if hi is None else hi)
        else:
            text = ch
        if self.peek() in ("?", "+"):
            text += self.take()
        return text

    # -- atoms -------------------------------------------------------------

    def atom(self, flags, depth):
        """(translated text, whether a repeat may follow)."""
        ch = self.take()
        if ch == "(":
            return self.group(flags, depth)
        if ch == "[":
            return self.char_class(flags), True
        if ch == ".":
            return ("[\\s\\S]" if flags & DOTALL else "[^\\n]"), True
        if ch == "^":
            return ("(?m:^)" if flags & MULTILINE else "\\A"), False
        if ch == "$":
            return ("(?m:$)" if flags & MULTILINE else "(?=\\n?\\z)"), False
        if ch == "\\":
            return self.escape(flags)
        return self.literal(ord(ch), flags), True

    def literal(self, code, flags):
        # ASCII-mode IGNORECASE is spelled out: the engine's folding is Unicode's.
        if flags & IGNORECASE and self.ascii_mode(flags) and code < 128 and chr(code).isalpha():
            return "[%s%s]" % (chr(code).lower(), chr(code).upper())
        return _literal(code)

    def group(self, flags, depth):
        start = self.i - 1
        if self.peek() != "?":
            return self.capture(flags, depth, start), True
        self.i += 1
        kind = self.peek()
        if kind == ":":
            self.i += 1
            body = self.alternation(flags, depth + 1)
            self.close(start)
            return "(?:" + body + ")", True
        if kind == "P":
            self.i += 1
            if self.peek() == "<":
                self.i += 1
                name = self.group_name(">")
                if name in self.groupindex:
                    self.error(f"redefinition of group name {name!r} as group {self.groups + 1}; "
                               f"was group {self.groupindex[name]}", self.i - len(name) - 1)
                self.groupindex[name] = self.groups + 1
                return self.capture(flags, depth, start), True
            if self.peek() == "=":
                self.i += 1
                name_pos = self.i
                name = self.group_name(")")
                if name not in self.groupindex:
                    self.error(f"unknown group name {name!r}", name_pos)
                number = self.groupindex[name]
                if number in self.open_groups:
                    self.error("cannot refer to an open group", name_pos)
                return self.backref(number, flags), True
            if self.i >= self.n:
                self.error("unexpected end of pattern")
            self.error(f"unknown extension ?P{self.peek()}", start + 1)
        if kind == "#":
            end = self.p.find(")", self.i)
            if end < 0:
                self.error("missing ), unterminated comment", start)
            self.i = end + 1
            return "", False
        if kind in ("=", "!"):
            self.i += 1
            body = self.alternation(flags, depth + 1)
            self.close(start)
            return "(?" + kind + body + ")", False
        if kind == "<":
            self.i += 1
            look = self.peek()
            if look not in ("=", "!"):
                if self.i >= self.n:
                    self.error("unexpected end of pattern")
                self.error(f"unknown extension ?<{look}", start + 1)
            self.i += 1
            body = self.alternation(flags, depth + 1)
            self.close(start)
            return "(?<" + look + body + ")", False
        if kind == ">":
            self.i += 1
            body = self.alternation(flags, depth + 1)
            self.close(start)
            return "(?>" + body + ")", True
        if kind == "(":
            return self.conditional(flags, depth, start), True
        if kind in _FLAG_LETTERS or kind == "-":
            return self.scoped_flags(flags, depth, start), True
        if self.i >= self.n:
            self.error("unexpected end of pattern")
        self.error(f"unknown extension ?{kind}", start + 1)

    def capture(self, flags, depth, start):
        """A capturing group: numbered, nested in the groups open now."""
        self.groups += 1
        number = self.groups
        self.parents.append(self.open_groups[-1] if self.open_groups else 0)
        self.open_groups.append(number)
        body = self.alternation(flags, depth + 1)
        self.close(start)
        self.open_groups.pop()
        return "(" + body + ")"

    def close(self, start):
        if self.peek() != ")":
            self.error("missing ), unterminated subpattern", start)
        self.i += 1

    def group_name(self, terminator):
        end = self.p.find(terminator, self.i)
        if end < 0:
            self.error("missing " + terminator + ", unterminated name")
        name = self.p[self.i:end]
        if not name:
            self.error("missing group name")
        if not name.isidentifier():
            self.error(f"bad character in group name {name!r}")
        self.i = end + 1
        return name

    def backref(self, number, flags):
        if flags & IGNORECASE and self.ascii_mode(flags):
            raise NotImplementedError(
                "re: backreferences under IGNORECASE with ASCII or bytes patterns are not "
                "supported by ferropy yet")
        return "\\k<%d>" % number

    def conditional(self, flags, depth, start):
        self.i += 1
        name_pos = self.i
        end = self.p.find(")", self.i)
        if end < 0:
            self.error("missing ), unterminated name")
        name = self.p[self.i:end]
        self.i = end + 1
        if name.isdigit():
            number = int(name)
            if number == 0:
                self.error("bad group number", name_pos)
        elif name.isidentifier():
            if name not in self.groupindex:
                self.error(f"unknown group name {name!r}", name_pos)
            number = self.groupindex[name]
        else:
            self.error(f"bad character in group name {name!r}", name_pos)
        yes = self.sequence(flags, depth + 1)
        no = None
        if self.peek() == "|":
            self.i += 1
            no = self.sequence(flags, depth + 1)
            if self.peek() == "|":
                self.error("conditional backref with more than two branches")
        self.close(start)
        if number > self.groups:
            self.error(f"invalid group reference {number}", name_pos)
        return "(?(%d)%s%s)" % (number, yes, "" if no is None else "|" + no)

    def scoped_flags(self, flags, depth, start):
        on = off = 0
        while self.peek() in _FLAG_LETTERS:
            letter = self.take()
            if letter == "L":
                if not self.is_bytes:
                    self.error("bad inline flags: cannot use 'L' flag with a str pattern")
                raise NotImplementedError("re: the LOCALE flag is not supported by ferropy yet")
            if letter == "u" and self.is_bytes:
                self.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            on |= _FLAG_LETTERS[letter]
        if on & ASCII and on & UNICODE:
            self.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
        # Scoped (?a:...) and (?u:...) replace the pattern's own choice.
        if on & ASCII:
            flags &= ~UNICODE
        elif on & UNICODE:
            flags &= ~ASCII
        if self.peek() == "-":
            self.i += 1
            if self.peek() not in _FLAG_LETTERS:
                self.error("missing flag")
            while self.peek() in _FLAG_LETTERS:
                letter = self.take()
                if letter not in _SCOPED_LETTERS:
                    self.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
                off |= _FLAG_LETTERS[letter]
        if self.peek() == ")":
            self.error("global flags not at the start of the expression", start)
        if self.peek() != ":":
            if self.i >= self.n:
                self.error("missing -, : or )")
            self.error("unknown flag", self.i)
        self.i += 1
        inner = (flags | on) & ~off
        body = self.alternation(inner, depth + 1)
        self.close(start)
        if self.ascii_mode(flags) or not (on | off) & IGNORECASE:
            return "(?:" + body + ")"
        return "(?%s:%s)" % ("i" if inner & IGNORECASE else "-i", body)

    # -- escapes ----------------------------------------------------------

    def escape(self, flags):
        """An escape outside a class: (text, repeatable)."""
        start = self.i - 1
        if self.i >= self.n:
            self.error("bad escape (end of pattern)", start)
        ch = self.take()
        ascii_mode = self.ascii_mode(flags)
        if ch == "A":
            return "\\A", False
        if ch == "Z":
            return "\\z", False
        if ch in "bB":
            if not ascii_mode:
                return "\\" + ch, False
            w = "[%s]" % _ASCII_WORD
            boundary = f"(?:(?<={w})(?!{w})|(?<!{w})(?={w}))"
            inside = f"(?:(?<={w})(?={w})|(?<!{w})(?!{w}))"
            return (boundary if ch == "b" else inside), False
        if ch in "dDwWsS":
            return self.class_escape(ch, flags, standalone=True), True
        if ch in _DIGITS:
            return self.digit_escape(ch, start, flags)
        code = self.char_escape(ch, start)
        return self.literal(code, flags), True

    def digit_escape(self, ch, start, flags):
        if ch == "0":
            digits = ch
            while len(digits) < 3 and self.peek() in _OCTDIGITS and self.peek():
                digits += self.take()
            return self.literal(int(digits, 8), flags), True
        digits = ch
        if self.peek() and self.peek() in _DIGITS:
            if ch in _OCTDIGITS and self.peek() in _OCTDIGITS and self.peek(1) and self.peek(1) in _OCTDIGITS:
                digits += self.take() + self.take()
                value = int(digits, 8)
                if value > 0o377:
                    self.error(f"octal escape value \\{digits} outside of range 0-0o377", start)
                return self.literal(value, flags), True
            digits += self.take()
        number = int(digits)
        if number > self.groups or number in self.open_groups:
            if number in self.open_groups:
                self.error("cannot refer to an open group", start)
            self.error(f"invalid group reference {number}", start + 1)
        return self.backref(number, flags), True

    def char_escape(self, ch, start):
        """The code point of a character escape (shared by classes)."""
        if ch in _SIMPLE_ESCAPES and ch != "b":
            return _SIMPLE_ESCAPES[ch]
        if ch == "x":
            return self.hex_digits(2, "x", start)
        if ch in "uU" and not self.is_bytes:
            value = self.hex_digits(4 if ch == "u" else 8, ch, start)
            if value > 0x10FFFF:
                self.error(f"bad escape \\{ch}{self.p[start + 2:self.i]}", start)
            return value
        if ch == "N" and not self.is_bytes:
            raise NotImplementedError("re: \\N{...} escapes are not supported by ferropy yet")
        if ch.isascii() and ch.isalnum():
            self.error(f"bad escape \\{ch}", start)
        return ord(ch)

    def hex_digits(self, count, letter, start):
        digits = self.p[self.i:self.i + count]
        if len(digits) < count or not all(c in _HEXDIGITS for c in digits):
            self.error(f"incomplete escape \\{letter}{_hex_prefix(digits)}", start)
        self.i += count
        return int(digits, 16)

    def class_escape(self, ch, flags, standalone):
        """\\d \\w \\s and their negations, alone or inside a class."""
        if self.ascii_mode(flags):
            body = {"d": "0-9", "w": _ASCII_WORD, "s": _ASCII_SPACE}[ch.lower()]
        else:
            # Python's \s also takes the separators \x1c-\x1f (str.isspace).
            body = {"d": "\\d", "w": "\\w", "s": "\\s\\x1c-\\x1f"}[ch.lower()]
        negate = "^" if ch.isupper() else ""
        return "[%s%s]" % (negate, body)

    # -- classes ----------------------------------------------------------

    def char_class(self, flags):
        start = self.i - 1
        if self.peek() == "[":
            self.warnings.append(f"Possible nested set at position {self.i}")
        negate = False
        if self.peek() == "^":
            negate = True
            self.i += 1
        items = []      # translated pieces
        ranges = []     # (lo, hi) code points, for ASCII case folding
        first = True
        while True:
            if self.i >= self.n:
                self.error("unterminated character set", start)
            ch = self.take()
            if ch == "]" and not first:
                break
            first = False
            item_start = self.i - 1
            if ch == "\\":
                if self.i >= self.n:
                    self.error("unterminated character set", start)
                esc = self.take()
                if esc in "dDwWsS":
                    items.append(self.class_escape(esc, flags, standalone=False))
                    continue
                if esc in _DIGITS:
                    lo = self.class_octal(esc, item_start)
                elif esc == "b":
                    lo = 8
                else:
                    lo = self.char_escape(esc, item_start)
            else:
                if ch in "-&~|" and self.peek() == ch and (items or ranges):
                    kind = {"-": "difference", "&": "intersection", "~": "symmetric difference",
                            "|": "union"}[ch]
                    self.warnings.append(f"Possible set {kind} at position {self.i - 1}")
                lo = ord(ch)
            hi = lo
            if self.peek() == "-" and self.peek(1) not in ("]", ""):
                self.i += 1
                ch2 = self.take()
                if ch2 == "\\":
                    esc = self.take() if self.i < self.n else ""
                    if esc == "":
                        self.error("unterminated character set", start)
                    if esc in "dDwWsS":
                        self.error(f"bad character range {self.p[item_start:self.i]}", item_start)
                    if esc in _DIGITS:
                        hi = self.class_octal(esc, self.i - 2)
                    elif esc == "b":
                        hi = 8
                    else:
                        hi = self.char_escape(esc, self.i - 2)
                else:
                    hi = ord(ch2)
                if hi < lo:
                    self.error(f"bad character range {self.p[item_start:self.i]}", item_start)
            ranges.append((lo, hi))
        if flags & IGNORECASE and self.ascii_mode(flags):
            for lo, hi in list(ranges):
                for a, b, shift in ((65, 90, 32), (97, 122, -32)):
                    x, y = max(lo, a), min(hi, b)
                    if x <= y:
                        ranges.append((x + shift, y + shift))
        items.extend(piece for piece in (_class_range(lo, hi) for lo, hi in ranges) if piece)
        if not items:
            return "[^\\s\\S]" if not negate else "[\\s\\S]"
        return "[" + ("^" if negate else "") + "".join(items) + "]"

    def class_octal(self, digit, start):
        digits = digit
        while len(digits) < 3 and self.peek() and self.peek() in _OCTDIGITS:
            digits += self.take()
        if digit not in _OCTDIGITS or (digit != "0" and len(digits) < 3):
            self.error(f"bad escape \\{digits}", start)
        value = int(digits, 8)
        if value > 0o377:
            self.error(f"octal escape value \\{digits} outside of range 0-0o377", start)
        return value


def _hex_prefix(digits):
    prefix = ""
    for c in digits:
        if c not in _HEXDIGITS:
            break
        prefix += c
    return prefix

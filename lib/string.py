"""String constants and templates: the `string` module."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Template"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalizes each word (split by sep, joined back with sep or a space)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


def _is_ident_char(c, first):
    if c == "_" or ("a" <= c.lower() <= "z"):
        return True
    return not first and "0" <= c <= "9"


class Template:
    """$name and ${name} substitution; $$ is a literal $."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        text = self.template
        out = []
        i, n = 0, len(text)
        while i < n:
            c = text[i]
            if c != self.delimiter:
                out.append(c)
                i += 1
                continue
            if text.startswith(self.delimiter, i + 1):
                out.append(self.delimiter)
                i += 2
                continue
            braced = text.startswith("{", i + 1)
            start = i + 2 if braced else i + 1
            j = start
            while j < n and _is_ident_char(text[j], j == start):
                j += 1
            name = text[start:j]
            ok = bool(name) and (not braced or text.startswith("}", j))
            if not ok:
                if safe:
                    out.append(c)
                    i += 1
                    continue
                lineno = text.count("\n", 0, i) + 1
                colno = i - (text.rfind("\n", 0, i) + 1) + 1
                raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")
            end = j + 1 if braced else j
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(text[i:end])
            else:
                raise KeyError(name)
            i = end
        return "".join(out)

    def substitute(self, mapping={}, /, **kws):
        return self._scan({**mapping, **kws} if kws else mapping, False)

    def safe_substitute(self, mapping={}, /, **kws):
        return self._scan({**mapping, **kws} if kws else mapping, True)

    def get_identifiers(self):
        ids = []
        text = self.template
        i = 0
        while True:
            i = text.find(self.delimiter, i)
            if i < 0:
                return ids
            if text.startswith(self.delimiter, i + 1):
                i += 2
                continue
            braced = text.startswith("{", i + 1)
            start = i + 2 if braced else i + 1
            j = start
            while j < len(text) and _is_ident_char(text[j], j == start):
                j += 1
            name = text[start:j]
            if name and (not braced or text.startswith("}", j)) and name not in ids:
                ids.append(name)
            i = j

    def is_valid(self):
        try:
            self._scan({}, True)
        except ValueError:
            return False
        return True

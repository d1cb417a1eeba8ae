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


def _parse_format(text):
    """(literal, field_name, format_spec, conversion) tuples of a format
    string, as str.format reads it; doubled braces are literal."""
    literal = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in "{}" and i + 1 < n and text[i + 1] == ch:
            literal.append(ch)
            yield "".join(literal), None, None, None
            literal = []
            i += 2
            continue
        if ch == "}":
            raise ValueError("Single '}' encountered in format string")
        if ch != "{":
            literal.append(ch)
            i += 1
            continue
        # A replacement field: name, then !conversion, then :spec.
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        i += 1
        start = i
        brackets = 0
        while i < n and (brackets or text[i] not in "!:}"):
            if text[i] == "[":
                brackets += 1
            elif text[i] == "]":
                brackets -= 1
            elif text[i] == "{":
                raise ValueError("unexpected '{' in field name")
            i += 1
        if i >= n:
            raise ValueError("expected '}' before end of string")
        name = text[start:i]
        conversion = None
        if text[i] == "!":
            if i + 1 >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = text[i + 1]
            if conversion == "}":
                raise ValueError("unmatched '{' in format spec")
            i += 2
            if i >= n or text[i] not in ":}":
                raise ValueError("expected ':' after conversion specifier")
        spec = ""
        if text[i] == ":":
            i += 1
            spec_start = i
            depth = 1
            while i < n:
                if text[i] == "{":
                    depth += 1
                elif text[i] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                i += 1
            if i >= n:
                raise ValueError("expected '}' before end of string")
            spec = text[spec_start:i]
        i += 1
        yield "".join(literal), name, spec, conversion
        literal = []
    if literal:
        yield "".join(literal), None, None, None


class Formatter:
    """str.format as a class whose steps (parsing, field lookup,
    conversion, formatting) can be overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to automatic field "
                                     "numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to automatic field "
                                     "numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1, auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first


def _split_field_name(name):
    """The first part of a field name (an int if it is digits) and the
    (is_attribute, key) steps after it."""
    i = 0
    while i < len(name) and name[i] not in ".[":
        i += 1
    first = name[:i]
    first = int(first) if first.isdigit() else first
    steps = []
    while i < len(name):
        if name[i] == ".":
            j = i + 1
            while j < len(name) and name[j] not in ".[":
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            steps.append((True, attr))
            i = j
        else:
            j = name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            steps.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < len(name) and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, steps

"""The codec registry (CPython keeps it in the built-in _codecs module;
codecs re-exports it): search functions, the cache of CodecInfos, error
handlers, and encode/decode through any codec."""

_search_functions = []
_cache = {}
_error_handlers = {}


def _normalize(encoding):
    # As CPython's registry: lower case, spaces become underscores.
    return encoding.lower().replace(" ", "_")


def register(search_function):
    """Register a function that maps a (normalised) encoding name to a
    CodecInfo, or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a search function and forget the codecs it found."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding):
    """The CodecInfo of an encoding, or LookupError."""
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    if not _search_functions:
        import codecs  # registers the standard search function
    normalized = _normalize(encoding)
    try:
        return _cache[normalized]
    except KeyError:
        pass
    for search in _search_functions:
        result = search(normalized)
        if result is not None:
            if not isinstance(result, tuple) or len(result) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[normalized] = result
            return result
    raise LookupError(f"unknown encoding: {encoding}")


def encode(obj, encoding="utf-8", errors="strict"):
    """Encode obj with the codec for encoding (any codec: text or not)."""
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding="utf-8", errors="strict"):
    """Decode obj with the codec for encoding (any codec: text or not)."""
    return lookup(encoding).decode(obj, errors)[0]


def register_error(name, error_handler):
    """Register an error handler for codecs written in Python (the
    runtime's own codecs know only the standard handlers)."""
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = error_handler


def lookup_error(name):
    """The error handler registered under name."""
    if not _error_handlers:
        import codecs  # registers the standard handlers
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None


# ----- the escape codecs ---------------------------------------------------
# unicode_escape (Python's string-literal escapes over Latin-1 bytes),
# raw_unicode_escape (only \u and \U), and escape_encode/escape_decode
# (the same for bytes). Decoding errors go through the error handlers.

def _hex_escape(n):
    if n < 0x100:
        return "\\x%02x" % n
    if n < 0x10000:
        return "\\u%04x" % n
    return "\\U%08x" % n


def unicode_escape_encode(text, errors=None):
    out = []
    for c in text:
        n = ord(c)
        if c == "\\":
            out.append("\\\\")
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif 0x20 <= n < 0x7F:
            out.append(c)
        else:
            out.append(_hex_escape(n))
    return ("".join(out).encode("ascii"), len(text))


def raw_unicode_escape_encode(text, errors=None):
    out = bytearray()
    for c in text:
        n = ord(c)
        if n < 0x100:
            out.append(n)
        else:
            out += ("\\u%04x" % n if n < 0x10000 else "\\U%08x" % n).encode("ascii")
    return (bytes(out), len(text))


_SIMPLE_ESCAPES = {"\n": "", "\\": "\\", "'": "'", '"': '"', "b": "\b", "f": "\f", "t": "\t", "n": "\n",
                   "r": "\r", "v": "\v", "a": "\a"}


def _decode_failure(codec, data, start, end, reason, errors, out):
    """Lets the error handler settle a decoding problem: appends its text
    and returns where decoding goes on."""
    exc = UnicodeDecodeError(codec, bytes(data), start, end, reason)
    replacement, pos = lookup_error(errors or "strict")(exc)
    out.append(replacement)
    return pos if pos >= 0 else len(data) + pos


def _as_bytes(data):
    """Bytes to decode (a str is read as Latin-1, as CPython's codecs do)."""
    return data.encode("latin-1") if isinstance(data, str) else bytes(data)


def _octal(data, i, first):
    """The value of an octal escape whose first digit `first` was just
    read (up to two more follow at i), and where it ends."""
    j = i
    while j < len(data) and j - i < 2 and chr(data[j]) in "01234567":
        j += 1
    return int(first + data[i:j].decode("ascii"), 8), j


def _hex_digits(data, i, count):
    """The value of up to `count` hex digits at i and how many there were."""
    j = i
    while j < len(data) and j - i < count and chr(data[j]) in "0123456789abcdefABCDEF":
        j += 1
    return (int(bytes(data[i:j]), 16) if j > i else 0), j - i


def unicode_escape_decode(data, errors=None, final=True):
    data = _as_bytes(data)
    out = []
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b != 0x5C:
            j = data.find(b"\\", i)
            j = n if j < 0 else j
            out.append(data[i:j].decode("latin-1"))
            i = j
            continue
        start = i
        if i + 1 >= n:
            if not final:
                break
            i = _decode_failure("unicodeescape", data, start, n, "\\ at end of string", errors, out)
            continue
        c = chr(data[i + 1])
        i += 2
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif c in "01234567":
            value, i = _octal(data, i, c)
            out.append(chr(value))
        elif c in "xuU":
            count = {"x": 2, "u": 4, "U": 8}[c]
            value, got = _hex_digits(data, i, count)
            if got < count:
                if not final:
                    i = start
                    break
                reason = {"x": "truncated \\xXX escape", "u": "truncated \\uXXXX escape",
                          "U": "truncated \\UXXXXXXXX escape"}[c]
                i = _decode_failure("unicodeescape", data, start, i + got, reason, errors, out)
            elif value > 0x10FFFF:
                i = _decode_failure("unicodeescape", data, start, i + got, "illegal Unicode character", errors, out)
            else:
                out.append(chr(value))
                i += got
        elif c == "N":
            end = data.find(b"}", i)
            if i >= n or data[i] != 0x7B or end < 0:
                i = _decode_failure("unicodeescape", data, start, n if end < 0 else i,
                                    "malformed \\N character escape", errors, out)
                continue
            import unicodedata
            try:
                out.append(unicodedata.lookup(data[i + 1:end].decode("latin-1")))
                i = end + 1
            except KeyError:
                i = _decode_failure("unicodeescape", data, start, end + 1, "unknown Unicode character name",
                                    errors, out)
        else:
            import warnings
            warnings.warn("invalid escape sequence '\\%s'" % c, DeprecationWarning, stacklevel=2)
            out.append("\\" + c)
    return ("".join(out), i)


def raw_unicode_escape_decode(data, errors=None, final=True):
    data = _as_bytes(data)
    out = []
    i, n = 0, len(data)
    while i < n:
        j = data.find(b"\\", i)
        if j < 0:
            out.append(data[i:].decode("latin-1"))
            i = n
            break
        out.append(data[i:j].decode("latin-1"))
        # \u and \U are escapes only after an odd number of backslashes.
        k = j
        while k < n and data[k] == 0x5C:
            k += 1
        slashes = k - j
        if slashes % 2 == 0 or k >= n or data[k] not in b"uU":
            out.append("\\" * slashes)
            i = k
            continue
        out.append("\\" * (slashes - 1))
        start = k - 1
        count = 4 if data[k] == 0x75 else 8
        value, got = _hex_digits(data, k + 1, count)
        if got < count:
            if not final:
                i = start
                break
            reason = "truncated \\uXXXX escape" if count == 4 else "truncated \\UXXXXXXXX escape"
            i = _decode_failure("rawunicodeescape", data, start, k + 1 + got, reason, errors, out)
        elif value > 0x10FFFF:
            i = _decode_failure("rawunicodeescape", data, start, k + 1 + got, "\\Uxxxxxxxx out of range", errors,
                                out)
        else:
            out.append(chr(value))
            i = k + 1 + got
    return ("".join(out), i)


def escape_encode(data, errors=None):
    out = bytearray()
    for b in data:
        if b == 0x5C:
            out += b"\\\\"
        elif b == 0x27:
            out += b"\\'"
        elif b in (0x09, 0x0A, 0x0D):
            out += {0x09: b"\\t", 0x0A: b"\\n", 0x0D: b"\\r"}[b]
        elif 0x20 <= b < 0x7F:
            out.append(b)
        else:
            out += b"\\x%02x" % b
    return (bytes(out), len(data))


def escape_decode(data, errors=None):
    data = _as_bytes(data)
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b != 0x5C:
            out.append(b)
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("Trailing \\ in string")
        c = chr(data[i + 1])
        i += 2
        if c in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[c].encode("latin-1")
        elif c in "01234567":
            value, i = _octal(data, i, c)
            out.append(value & 0xFF)
        elif c == "x":
            value, got = _hex_digits(data, i, 2)
            if got < 2:
                if errors in (None, "strict"):
                    raise ValueError("invalid \\x escape at position %d" % (i - 2))
                if errors == "replace":
                    out.append(0x3F)
                i += got
            else:
                out.append(value)
                i += 2
        else:
            out += b"\\" + c.encode("latin-1")
    return (bytes(out), n)


# ----- UTF-7 (RFC 2152), as CPython writes and reads it ---------------------

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {ord(c): i for i, c in enumerate(_B64)}
# Written as themselves: printable ASCII but '+', '\\' and '~', and tab,
# newline, carriage return.
_UTF7_DIRECT = frozenset(c for c in range(32, 127) if chr(c) not in "+\\~") | {9, 10, 13}


def utf_7_encode(text, errors=None):
    out = bytearray()
    shifted = False
    bits = 0
    buffer = 0

    def push_unit(unit):
        nonlocal bits, buffer
        buffer = (buffer << 16) | unit
        bits += 16
        while bits >= 6:
            out.append(ord(_B64[(buffer >> (bits - 6)) & 0x3F]))
            bits -= 6
        buffer &= (1 << bits) - 1

    for ch in text:
        n = ord(ch)
        if n in _UTF7_DIRECT:
            if shifted:
                if bits:
                    out.append(ord(_B64[(buffer << (6 - bits)) & 0x3F]))
                    bits = buffer = 0
                shifted = False
                # A character of the base64 set (or '-') needs the explicit end.
                if n in _B64_VALUE or ch == "-":
                    out.append(0x2D)
            out.append(n)
        elif not shifted and ch == "+":
            out += b"+-"
        else:
            if not shifted:
                out.append(0x2B)
                shifted = True
            if n >= 0x10000:
                n -= 0x10000
                push_unit(0xD800 | (n >> 10))
                push_unit(0xDC00 | (n & 0x3FF))
            else:
                push_unit(n)
    if shifted:
        if bits:
            out.append(ord(_B64[(buffer << (6 - bits)) & 0x3F]))
        out.append(0x2D)
    return (bytes(out), len(text))


def utf_7_decode(data, errors=None, final=False):
    data = _as_bytes(data)
    out = []
    i, n = 0, len(data)
    shifted = False
    bits = buffer = 0
    surrogate = 0
    shift_start = shift_out = 0

    def fail(start, end, reason):
        return _decode_failure("utf7", data, start, end, reason, errors, out)

    while i < n:
        b = data[i]
        if shifted:
            if b in _B64_VALUE:
                buffer = (buffer << 6) | _B64_VALUE[b]
                bits += 6
                i += 1
                if bits >= 16:
                    unit = (buffer >> (bits - 16)) & 0xFFFF
                    bits -= 16
                    buffer &= (1 << bits) - 1
                    if surrogate:
                        if 0xDC00 <= unit <= 0xDFFF:
                            out.append(chr(0x10000 + ((surrogate - 0xD800) << 10) + (unit - 0xDC00)))
                            surrogate = 0
                            continue
                        out.append(chr(surrogate))
                        surrogate = 0
                    if 0xD800 <= unit <= 0xDBFF:
                        surrogate = unit
                    else:
                        out.append(chr(unit))
                continue
            # Leaving the shift: left-over bits must be fewer than six zeros.
            shifted = False
            if bits >= 6 or (bits and buffer):
                reason = "partial character in shift sequence" if bits >= 6 else \
                    "non-zero padding bits in shift sequence"
                i = fail(shift_start, i + 1 if b == 0x2D else i, reason)
                bits = buffer = surrogate = 0
                continue
            if surrogate:
                out.append(chr(surrogate))
                surrogate = 0
            bits = buffer = 0
            if b == 0x2D:
                i += 1
            continue
        if b == 0x2B:
            start = i
            i += 1
            if i < n and data[i] == 0x2D:
                out.append("+")
                i += 1
            elif i < n and data[i] not in _B64_VALUE:
                i = fail(start, i + 1, "ill-formed sequence")
            else:
                shifted = True
                shift_start = start
                shift_out = len(out)
                bits = buffer = surrogate = 0
            continue
        if b < 128:
            out.append(chr(b))
            i += 1
            continue
        i = fail(i, i + 1, "unexpected special character")
    if shifted:
        if not final:
            del out[shift_out:]
            return ("".join(out), shift_start)
        if surrogate or bits >= 6 or (bits and buffer):
            fail(shift_start, n, "unterminated shift sequence")
    return ("".join(out), n)

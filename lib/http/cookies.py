"""http.cookies: Set-Cookie and Cookie header values as dictionaries of
Morsels (RFC 2109/6265 as browsers use them)."""

import re
import string
import time

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]

_nulljoin = "".join
_semispacejoin = "; ".join
_spacejoin = " ".join


class CookieError(Exception):
    pass


_LEGAL_CHARS = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
_UNESCAPED_CHARS = _LEGAL_CHARS + ' ()/<=>?@[]{}'
_is_legal_key = re.compile("[%s]+" % re.escape(_LEGAL_CHARS)).fullmatch


def _quote(text):
    """The value as is when every character is legal in a cookie, else
    in double quotes with backslash escapes (octal for the others)."""
    if text is None or _is_legal_key(text):
        return text
    out = []
    for c in text:
        if c in _UNESCAPED_CHARS:
            out.append(c)
        elif c in '"\\':
            out.append("\\" + c)
        else:
            out.append("\\%03o" % ord(c))
    return '"' + "".join(out) + '"'


_ESCAPE = re.compile(r"\\(?:([0-3][0-7][0-7])|(.))")


def _unquote(text):
    if text is None or len(text) < 2 or text[0] != '"' or text[-1] != '"':
        return text
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 8)) if m.group(1) else m.group(2), text[1:-1])


_weekdayname = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_monthname = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    year, month, day, hh, mm, ss, wd, y, z = time.gmtime(time.time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (weekdayname[wd], day, monthname[month], year, hh, mm, ss)


class Morsel(dict):
    """One cookie: key, value, coded value, and its attributes as items."""

    _reserved = {"expires": "expires", "path": "Path", "comment": "Comment", "domain": "Domain",
                 "max-age": "Max-Age", "secure": "Secure", "httponly": "HttpOnly", "version": "Version",
                 "samesite": "SameSite"}
    _flags = {"secure", "httponly"}

    def __init__(self):
        self._key = self._value = self._coded_value = None
        for key in self._reserved:
            dict.__setitem__(self, key, "")

    @property
    def key(self):
        return self._key

    @property
    def value(self):
        return self._value

    @property
    def coded_value(self):
        return self._coded_value

    def __setitem__(self, K, V):
        K = K.lower()
        if K not in self._reserved:
            raise CookieError(f"Invalid attribute {K!r}")
        dict.__setitem__(self, K, V)

    def setdefault(self, key, val=None):
        key = key.lower()
        if key not in self._reserved:
            raise CookieError(f"Invalid attribute {key!r}")
        return dict.setdefault(self, key, val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return (dict.__eq__(self, morsel) and self._value == morsel._value and self._key == morsel._key
                and self._coded_value == morsel._coded_value)

    __ne__ = object.__ne__

    def copy(self):
        morsel = Morsel()
        dict.update(morsel, self)
        morsel.__dict__.update(self.__dict__)
        return morsel

    def update(self, values):
        data = {}
        for key, val in dict(values).items():
            key = key.lower()
            if key not in self._reserved:
                raise CookieError(f"Invalid attribute {key!r}")
            data[key] = val
        dict.update(self, data)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError(f"Attempt to set a reserved key {key!r}")
        if not _is_legal_key(key):
            raise CookieError(f"Illegal key {key!r}")
        self._key = key
        self._value = val
        self._coded_value = coded_val

    def __getstate__(self):
        return {"key": self._key, "value": self._value, "coded_value": self._coded_value}

    def __setstate__(self, state):
        self._key = state["key"]
        self._value = state["value"]
        self._coded_value = state["coded_value"]

    def output(self, attrs=None, header="Set-Cookie:"):
        return f"{header} {self.OutputString(attrs)}"

    __str__ = output

    def __repr__(self):
        return f"<{self.__class__.__name__}: {self.OutputString()}>"

    def js_output(self, attrs=None):
        text = self.OutputString(attrs).replace('"', r"\"")
        return f"""
        <script type="text/javascript">
        <!-- begin hiding
        document.cookie = "{text}";
        // end hiding -->
        </script>
        """

    def OutputString(self, attrs=None):
        result = [f"{self.key}={self.coded_value}"]
        if attrs is None:
            attrs = self._reserved
        for key, value in sorted(self.items()):
            if value == "" or key not in attrs:
                continue
            name = self._reserved[key]
            if key == "expires" and isinstance(value, int):
                result.append(f"{name}={_getdate(value)}")
            elif key == "max-age" and isinstance(value, int):
                result.append("%s=%d" % (name, value))
            elif key == "comment" and isinstance(value, str):
                result.append(f"{name}={_quote(value)}")
            elif key in self._flags:
                if value:
                    result.append(str(name))
            else:
                result.append(f"{name}={value}")
        return _semispacejoin(result)

    __class_getitem__ = classmethod(__import__("types").GenericAlias)


# One key=value pair (or a bare flag) of a cookie header: the key, then an
# optional value that is a quoted string, an expires date (which holds a
# comma), or a run of characters up to ';' or white space.
_LEGAL_KEY = r"[\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\=]"
_LEGAL_VALUE = r"[\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\=\[\]]"
_COOKIE_PAIR = re.compile(r"""
    \s*
    (?P<key>""" + _LEGAL_KEY + r"""+?)
    (
      \s*=\s*
      (?P<val>
        "(?:[^\\"]|\\.)*"
        |
        \w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT
        |
        """ + _LEGAL_VALUE + r"""*
      )
    )?
    \s*
    (\s+|;|$)
    """, re.ASCII | re.VERBOSE)


class BaseCookie(dict):
    """A dictionary of Morsels, read from and written as cookie headers."""

    def value_decode(self, val):
        return val, val

    def value_encode(self, val):
        strval = str(val)
        return strval, strval

    def __init__(self, input=None):
        if input:
            self.load(input)

    def __set(self, key, real_value, coded_value):
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            rval, cval = self.value_encode(value)
            self.__set(key, rval, cval)

    def output(self, attrs=None, header="Set-Cookie:", sep="\015\012"):
        return sep.join(value.output(attrs, header) for key, value in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        parts = [f"{key}={value.value!r}" for key, value in sorted(self.items())]
        return f"<{self.__class__.__name__}: {_spacejoin(parts)}>"

    def js_output(self, attrs=None):
        return _nulljoin(value.js_output(attrs) for key, value in sorted(self.items()))

    def load(self, rawdata):
        if isinstance(rawdata, str):
            self.__parse_string(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def __parse_string(self, text):
        """Reads key=value pairs; attribute names after a cookie belong to
        it. Nothing is kept when any part is malformed."""
        pos = 0
        parsed = []
        morsel_seen = False
        while 0 <= pos < len(text):
            match = _COOKIE_PAIR.match(text, pos)
            if not match:
                break
            key, value = match.group("key"), match.group("val")
            pos = match.end(0)
            if key[0] == "$":
                if not morsel_seen:
                    continue
                parsed.append(("attr", key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not morsel_seen:
                    return
                if value is None:
                    if key.lower() in Morsel._flags:
                        parsed.append(("attr", key, True))
                    else:
                        return
                else:
                    parsed.append(("attr", key, _unquote(value)))
            elif value is not None:
                parsed.append(("pair", key, self.value_decode(value)))
                morsel_seen = True
            else:
                return
        morsel = None
        for kind, key, value in parsed:
            if kind == "attr":
                assert morsel is not None
                morsel[key] = value
            else:
                rval, cval = value
                self.__set(key, rval, cval)
                morsel = self[key]


class SimpleCookie(BaseCookie):
    """Cookies whose values are strings, quoted as needed."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        strval = str(val)
        return strval, _quote(strval)

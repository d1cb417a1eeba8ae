"""RFC 2822 dates and addresses: parsedate_tz and friends, and the
address-list reader behind email.utils.parseaddr/getaddresses.

Dates are read by classifying their words (day name, day, month name,
year, time, zone) rather than by position, which accepts the orders
real mail and HTTP use: RFC 2822's "Sun, 06 Nov 1994 08:49:37 GMT",
RFC 850's "Sunday, 06-Nov-94 08:49:37 GMT" and asctime's
"Sun Nov  6 08:49:37 1994". Addresses are tokenised first (atoms, quoted
strings, comments, domain literals, specials), then read one mailbox or
group at a time.
"""

import calendar
import re
import time

__all__ = ["mktime_tz", "parsedate", "parsedate_tz", "quote"]

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"]
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Zone names RFC 822 allows, as hhmm offsets.
_ZONES = {"UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "AST": -400, "ADT": -300, "EST": -500, "EDT": -400,
          "CST": -600, "CDT": -500, "MST": -700, "MDT": -600, "PST": -800, "PDT": -700}
_TIME = re.compile(r"^(\d+)[:.](\d+)(?:[:.](\d+))?$")


def _month(word):
    word = word.lower()
    if word in _MONTHS:
        return _MONTHS.index(word) + 1
    if word in _MONTH_NAMES:
        return _MONTH_NAMES.index(word) + 1
    return None


def _words(data):
    words = data.split()
    if not words:
        return []
    first = words[0].lower().rstrip(",")
    if words[0].endswith(",") or first[:3] in _DAYS and not first[:1].isdigit() and _month(first) is None:
        del words[0]
    elif "," in words[0]:
        words[0] = words[0][words[0].rfind(",") + 1:]
    out = []
    for word in words:
        word = word.rstrip(",")
        if word.count("-") == 2 and not word.startswith("-"):
            out.extend(word.split("-"))
        elif re.match(r"^\d+:\d+(:\d+)?[+-]\d{4}$", word):
            cut = max(word.rfind("+"), word.rfind("-"))
            out.extend([word[:cut], word[cut:]])
        elif word:
            out.append(word)
    return out


def _parsedate_tz(data):
    if not data:
        return None
    words = _words(data)
    day = month = year = clock = None
    zone = ""
    for word in words[:5]:
        if month is None and _month(word):
            month = _month(word)
        elif clock is None and _TIME.match(word):
            clock = _TIME.match(word).groups()
        elif word.isdigit() and day is None:
            day = int(word)
        elif word.isdigit() and year is None:
            year = int(word)
        elif clock is not None or year is not None:
            zone = word
            break
        else:
            return None
    if None in (day, month, year, clock):
        return None
    hour, minute, second = (int(part) if part else 0 for part in clock)
    if year < 100:
        year += 1900 if year > 68 else 2000
    tzoffset = None
    zone = zone.upper()
    if zone in _ZONES:
        tzoffset = _ZONES[zone]
    elif re.match(r"^[+-]?\d+$", zone):
        tzoffset = int(zone)
        if tzoffset == 0 and zone.startswith("-"):
            tzoffset = None
    if tzoffset:
        sign = -1 if tzoffset < 0 else 1
        tzoffset = sign * ((abs(tzoffset) // 100) * 3600 + (abs(tzoffset) % 100) * 60)
    return [year, month, day, hour, minute, second, 0, 1, -1, tzoffset]


def parsedate_tz(data):
    """A date text as a 10-tuple (year, month, day, hour, minute, second,
    0, 1, -1, offset in seconds or None), or None when it is not one."""
    res = _parsedate_tz(data)
    if not res:
        return None
    if res[9] is None:
        res[9] = 0
    return tuple(res)


def parsedate(data):
    """A date text as a 9-tuple for time.mktime, or None."""
    t = parsedate_tz(data)
    return t[:9] if isinstance(t, tuple) else t


def mktime_tz(data):
    """The UTC timestamp of a parsedate_tz 10-tuple."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    return calendar.timegm(data) - data[9]


def quote(text):
    """Backslash-escapes backslashes and double quotes."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


# --- addresses -----------------------------------------------------------

_SPECIALS = '()<>@,:;."[]'


def _delimited(field, pos, close, nested):
    """The text of a quoted string or comment starting after field[pos-1];
    returns (text, position after the closing character)."""
    out = []
    depth = 1
    while pos < len(field):
        c = field[pos]
        if c == "\\" and pos + 1 < len(field):
            out.append(field[pos + 1])
            pos += 2
            continue
        if nested and c == "(":
            depth += 1
        elif c == close or c == "\r":
            depth -= 1
            if depth == 0 or not nested:
                return "".join(out), pos + 1
        out.append(c)
        pos += 1
    return "".join(out), pos


def _tokens(field):
    """(kind, text) pairs: atom, quoted, comment, literal, special."""
    tokens = []
    pos = 0
    while pos < len(field):
        c = field[pos]
        if c in " \t\r\n":
            pos += 1
        elif c == '"':
            text, pos = _delimited(field, pos + 1, '"', False)
            tokens.append(("quoted", text))
        elif c == "(":
            text, pos = _delimited(field, pos + 1, ")", True)
            tokens.append(("comment", text))
        elif c == "[":
            text, pos = _delimited(field, pos + 1, "]", False)
            tokens.append(("literal", f"[{text}]"))
        elif c in _SPECIALS:
            tokens.append(("special", c))
            pos += 1
        else:
            end = pos
            while end < len(field) and field[end] not in _SPECIALS + " \t\r\n":
                end += 1
            tokens.append(("atom", field[pos:end]))
            pos = end
    return tokens


def _addr_spec(tokens):
    """local@domain from the tokens of an address (comments dropped,
    quoted local parts re-quoted)."""
    parts = []
    for kind, text in tokens:
        if kind == "quoted":
            parts.append('"%s"' % quote(text))
        elif kind != "comment":
            parts.append(text)
    spec = "".join(parts)
    if spec.endswith("@") or spec.startswith("@"):
        return ""
    return spec


def _mailbox(tokens):
    comments = [text for kind, text in tokens if kind == "comment"]
    if ("special", "<") in tokens:
        start = tokens.index(("special", "<"))
        phrase = [text for kind, text in tokens[:start] if kind in ("atom", "quoted")]
        inner = tokens[start + 1:]
        if ("special", ">") in inner:
            inner = inner[:inner.index(("special", ">"))]
        if ("special", ":") in inner:  # an obsolete source route: @a,@b:
            inner = inner[inner.index(("special", ":")) + 1:]
        name = " ".join(phrase)
        if comments:
            name = f"{name} ({' '.join(comments)})"
        return [(name, _addr_spec(inner))]
    words = [t for t in tokens if t[0] != "comment"]
    if not words:
        return []
    if ("special", "@") not in words and len(words) > 1 and words[1] != ("special", "."):
        return [(" ".join(comments), words[0][1])]
    return [(" ".join(comments), _addr_spec(tokens))]


def _split_top(tokens, separator):
    """Splits tokens at `separator` specials outside angle brackets and
    groups."""
    chunks, current, angle, group = [], [], 0, False
    for token in tokens:
        if token == ("special", "<"):
            angle += 1
        elif token == ("special", ">"):
            angle = max(0, angle - 1)
        elif token == ("special", ":") and not angle:
            group = True
        elif token == ("special", ";") and not angle:
            group = False
        if token == ("special", separator) and not angle and not group:
            chunks.append(current)
            current = []
        else:
            current.append(token)
    chunks.append(current)
    return chunks


class AddressList:
    """The (name, address) pairs of an address-list header value."""

    def __init__(self, field):
        self.field = field
        self.addresslist = []
        if not field:
            return
        for chunk in _split_top(_tokens(field), ","):
            colon = ("special", ":")
            before_angle = chunk[:chunk.index(("special", "<"))] if ("special", "<") in chunk else chunk
            if colon in before_angle:
                members = chunk[chunk.index(colon) + 1:]
                if ("special", ";") in members:
                    members = members[:members.index(("special", ";"))]
                for member in _split_top(members, ","):
                    self.addresslist.extend(_mailbox(member))
                continue
            found = _mailbox(chunk)
            self.addresslist.extend(found or [("", "")])

    def __len__(self):
        return len(self.addresslist)


AddrlistClass = AddressList

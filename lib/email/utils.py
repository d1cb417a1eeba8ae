"""email.utils: dates, addresses, quoting and RFC 2231 parameters."""

import datetime
import os
import random
import socket
import time
import urllib.parse

from email._parseaddr import AddressList as _AddressList
from email._parseaddr import mktime_tz, parsedate, parsedate_tz, quote  # noqa: F401
from email._parseaddr import _parsedate_tz

__all__ = ["collapse_rfc2231_value", "decode_params", "decode_rfc2231", "encode_rfc2231", "formataddr",
           "formatdate", "format_datetime", "getaddresses", "make_msgid", "mktime_tz", "parseaddr",
           "parsedate", "parsedate_tz", "parsedate_to_datetime", "unquote", "localtime"]

COMMASPACE = ", "
EMPTYSTRING = ""
UEMPTYSTRING = ""
CRLF = "\r\n"
TICK = "'"

_SPECIALS = '()<>@,:;."[]'


def formataddr(pair, charset="utf-8"):
    """'Name <address>' from (name, address), quoting the name when it
    needs it and encoding non-ASCII names as an RFC 2047 word."""
    name, address = pair
    address.encode("ascii")
    if name:
        try:
            name.encode("ascii")
        except UnicodeEncodeError:
            from email.charset import Charset
            if isinstance(charset, str):
                charset = Charset(charset)
            return f"{charset.header_encode(name)} <{address}>"
        quotes = '"' if any(c in _SPECIALS + " \t" for c in name) else ""
        name = name.replace("\\", "\\\\").replace('"', '\\"')
        return f"{quotes}{name}{quotes} <{address}>"
    return address


def getaddresses(fieldvalues):
    """(name, address) pairs of all the address fields given."""
    return _AddressList(COMMASPACE.join(str(v) for v in fieldvalues)).addresslist


def parseaddr(addr):
    """(name, address) of one address; ('', '') when it is not one."""
    found = _AddressList(addr).addresslist
    return found[0] if found else ("", "")


def unquote(text):
    """Removes one level of double quotes (with their escapes) or angle
    brackets around `text`."""
    if len(text) > 1:
        if text.startswith('"') and text.endswith('"'):
            return text[1:-1].replace("\\\\", "\\").replace('\\"', '"')
        if text.startswith("<") and text.endswith(">"):
            return text[1:-1]
    return text


_DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _format_timetuple_and_zone(timetuple, zone):
    return "%s, %02d %s %04d %02d:%02d:%02d %s" % (
        _DAY_NAMES[timetuple[6]], timetuple[2], _MONTH_NAMES[timetuple[1] - 1], timetuple[0],
        timetuple[3], timetuple[4], timetuple[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date: 'Fri, 09 Nov 2001 01:08:47 -0000'."""
    if timeval is None:
        timeval = time.time()
    if localtime or usegmt:
        dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    else:
        dt = datetime.datetime.utcfromtimestamp(timeval)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    return format_datetime(dt, usegmt)


def format_datetime(dt, usegmt=False):
    """An RFC 2822 date for a datetime (naive ones are UTC, '-0000')."""
    now = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = "GMT"
    elif dt.tzinfo is None:
        zone = "-0000"
    else:
        zone = dt.strftime("%z")
    return _format_timetuple_and_zone(now, zone)


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID: '<142480216486.20800.16526388040877946887@host>'."""
    timeval = int(time.time() * 100)
    pid = os.getpid()
    randint = random.getrandbits(64)
    idstring = "" if idstring is None else "." + idstring
    if domain is None:
        domain = socket.getfqdn()
    return f"<{timeval}.{pid}.{randint}{idstring}@{domain}>"


def parsedate_to_datetime(data):
    parsed = _parsedate_tz(data)
    if parsed is None:
        raise ValueError(f"Invalid date value or format {str(data)!r}")
    *dtuple, tz = parsed
    if tz is None:
        return datetime.datetime(*dtuple[:6])
    return datetime.datetime(*dtuple[:6], tzinfo=datetime.timezone(datetime.timedelta(seconds=tz)))


def localtime(dt=None, isdst=-1):
    """A datetime in the local time zone (now, when dt is None)."""
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    return dt.astimezone()


# --- RFC 2231 -----------------------------------------------------------

def decode_rfc2231(s):
    """Splits charset'language'value into its three parts."""
    parts = s.split(TICK, 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    """charset'language'percent-encoded-value (just s without a charset)."""
    s = urllib.parse.quote(s, safe="", encoding=charset or "ascii")
    if charset is None and language is None:
        return s
    if language is None:
        language = ""
    return f"{charset}'{language}'{s}"


def decode_params(params):
    """Joins RFC 2231 continuations (name*0, name*1*, ...) of a list of
    (name, value) parameters; the first pair is the content value."""
    import re
    new_params = [params[0]]
    continuations = {}
    for name, value in params[1:]:
        encoded = name.endswith("*")
        value = unquote(value)
        match = re.match(r"^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$", name, re.ASCII)
        if match:
            name, num = match.group("name", "num")
            if num is not None:
                num = int(num)
            continuations.setdefault(name, []).append((num, value, encoded))
        else:
            new_params.append((name, '"%s"' % quote(value)))
    for name, pieces in continuations.items():
        pieces.sort(key=lambda piece: piece[0] or 0)
        value = []
        extended = False
        for num, s, encoded in pieces:
            if encoded:
                s = urllib.parse.unquote(s, encoding="latin-1")
                extended = True
            value.append(s)
        value = quote(EMPTYSTRING.join(value))
        if extended:
            charset, language, value = decode_rfc2231(value)
            new_params.append((name, (charset, language, '"%s"' % value)))
        else:
            new_params.append((name, '"%s"' % value))
    return new_params


def collapse_rfc2231_value(value, errors="replace", fallback_charset="us-ascii"):
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, language, text = value
    if charset is None:
        charset = fallback_charset
    rawbytes = bytes(text, "raw-unicode-escape")
    try:
        return str(rawbytes, charset, errors)
    except LookupError:
        return unquote(text)


def _has_surrogates(text):
    """Whether text holds undecodable bytes (surrogate escapes)."""
    return any("\udc80" <= c <= "\udcff" for c in text)


def _sanitize(text):
    """Text with each undecodable byte made a replacement character."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")

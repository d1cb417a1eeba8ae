"""http.cookiejar: keeping cookies between HTTP requests.

A CookieJar holds Cookies by domain, path and name; extract_cookies
takes them from a response's Set-Cookie headers (Netscape rules, or RFC
2965's Set-Cookie2 when the policy enables it), add_cookie_header puts
those a request may have into its Cookie header. DefaultCookiePolicy
decides what is accepted and returned.
"""

import calendar
import copy
import datetime
import re
import time
import urllib.parse
import urllib.request

__all__ = ["Cookie", "CookieJar", "CookiePolicy", "DefaultCookiePolicy", "FileCookieJar", "LWPCookieJar",
           "LoadError", "MozillaCookieJar"]

debug = False
HTTP_PATH_SAFE = "%/;:@&=+$,!~*'()"
DEFAULT_HTTP_PORT = "80"
MISSING_FILENAME_TEXT = "a filename was not supplied (nor was the CookieJar instance initialised with one)"
EPOCH_YEAR = 1970
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LOWER = [m.lower() for m in MONTHS]


def _debug(*args):
    if debug:
        import logging
        logging.getLogger("http.cookiejar").debug(*args)


# --- time texts ------------------------------------------------------------

def _timegm(tt):
    year, month, mday, hour, minute, sec = tt[:6]
    if year >= EPOCH_YEAR and 1 <= month <= 12 and 1 <= mday <= 31 and 0 <= hour <= 24 and 0 <= minute <= 59 \
            and 0 <= sec <= 61:
        return calendar.timegm(tt)
    return None


def time2isoz(t=None):
    """'YYYY-MM-DD hh:mm:ssZ' (UTC)."""
    dt = datetime.datetime.fromtimestamp(time.time() if t is None else t, datetime.timezone.utc)
    return "%04d-%02d-%02d %02d:%02d:%02dZ" % (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second)


def time2netscape(t=None):
    """'Wdy, DD-Mon-YYYY HH:MM:SS GMT'."""
    dt = datetime.datetime.fromtimestamp(time.time() if t is None else t, datetime.timezone.utc)
    return "%s, %02d-%s-%04d %02d:%02d:%02d GMT" % (DAYS[dt.weekday()], dt.day, MONTHS[dt.month - 1], dt.year,
                                                    dt.hour, dt.minute, dt.second)


_UTC_ZONES = {"GMT": None, "UTC": None, "UT": None, "Z": None}
_OFFSET = re.compile(r"^([-+])?(\d\d?):?(\d\d)?$", re.ASCII)


def offset_from_tz_string(tz):
    offset = None
    if tz in _UTC_ZONES:
        offset = 0
    else:
        m = _OFFSET.search(tz)
        if m:
            offset = 3600 * int(m.group(2))
            if m.group(3):
                offset += 60 * int(m.group(3))
            if m.group(1) == "-":
                offset = -offset
    return offset


def _str2time(day, mon, yr, hr, min, sec, tz):
    yr = int(yr)
    if yr > datetime.MAXYEAR:
        return None
    try:
        mon = MONTHS_LOWER.index(mon.lower()) + 1
    except ValueError:
        try:
            imon = int(mon)
        except ValueError:
            return None
        if 1 <= imon <= 12:
            mon = imon
        else:
            return None
    hr = 0 if hr is None else hr
    min = 0 if min is None else min
    sec = 0 if sec is None else sec
    day, hr, min, sec = int(day), int(hr), int(min), int(sec)
    if yr < 1000:
        cur_yr = time.localtime(time.time())[0]
        m = cur_yr % 100
        tmp = yr
        yr = yr + cur_yr - m
        m = m - tmp
        if abs(m) > 50:
            yr = yr + 100 if m > 0 else yr - 100
    t = _timegm((yr, mon, day, hr, min, sec, tz))
    if t is not None:
        tz = "UTC" if tz is None else tz.upper()
        offset = offset_from_tz_string(tz)
        if offset is None:
            return None
        t = t - offset
    return t


_STRICT_DATE = re.compile(r"^[SMTWF][a-z][a-z], (\d\d) ([JFMASOND][a-z][a-z]) (\d\d\d\d) (\d\d):(\d\d):(\d\d) GMT$",
                          re.ASCII)
_WEEKDAY = re.compile(r"^(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat)[a-z]*,?\s*", re.I | re.ASCII)
_LOOSE_HTTP_DATE = re.compile(r"""^
    (\d\d?)            # day
       (?:\s+|[-\/])
    (\w+)              # month
        (?:\s+|[-\/])
    (\d+)              # year
    (?:
          (?:\s+|:)    # separator before clock
       (\d\d?):(\d\d)  # hour:min
       (?::(\d\d))?    # optional seconds
    )?                 # optional clock
       \s*
    (?:
       ([-+]?\d{2,4}|(?![APap][Mm]\b)[A-Za-z]+) # timezone
       \s*
    )?
    (?:
       \(\w+\)         # ASCII representation of timezone in parens.
       \s*
    )?$""", re.X | re.ASCII)


def http2time(text):
    """The timestamp of an HTTP date in any of the formats servers use;
    None when it is not one."""
    m = _STRICT_DATE.search(text)
    if m:
        g = m.groups()
        mon = MONTHS_LOWER.index(g[1].lower()) + 1
        return _timegm((int(g[2]), mon, int(g[0]), int(g[3]), int(g[4]), float(g[5])))
    text = text.lstrip()
    text = _WEEKDAY.sub("", text, 1)
    day, mon, yr, hr, min, sec, tz = [None] * 7
    m = _LOOSE_HTTP_DATE.search(text)
    if m is not None:
        day, mon, yr, hr, min, sec, tz = m.groups()
    else:
        return None
    return _str2time(day, mon, yr, hr, min, sec, tz)


_ISO_DATE = re.compile(r"""^
    (\d{4})              # year
       [-\/]?
    (\d\d?)              # numerical month
       [-\/]?
    (\d\d?)              # day
   (?:
         (?:\s+|[-:Tt])  # separator before clock
      (\d\d?):?(\d\d)    # hour:min
      (?::?(\d\d(?:\.\d*)?))?  # optional seconds (and fractional)
   )?                    # optional clock
      \s*
   (?:
      ([-+]?\d\d?:?(:?\d\d)?
       |Z|z)             # timezone  (Z is "zero meridian", i.e. GMT)
      \s*
   )?$""", re.X | re.ASCII)


def iso2time(text):
    text = text.lstrip()
    m = _ISO_DATE.search(text)
    if m is None:
        return None
    yr, mon, day, hr, min, sec, tz, _ = m.groups()
    return _str2time(day, mon, yr, hr, min, sec, tz)


# --- header values -----------------------------------------------------------

_HEADER_TOKEN = re.compile(r"^\s*([^=\s;,]+)")
_HEADER_QUOTED_VALUE = re.compile(r"^\s*=\s*\"([^\"\\]*(?:\\.[^\"\\]*)*)\"")
_HEADER_VALUE = re.compile(r"^\s*=\s*([^\s;,]*)")
_HEADER_ESCAPE = re.compile(r"\\(.)")


def split_header_words(header_values):
    """[[(name, value), ...], ...]: one list per comma-separated element
    of each header value (RFC 2965 / Set-Cookie2 syntax)."""
    assert not isinstance(header_values, str)
    result = []
    for text in header_values:
        orig_text = text
        pairs = []
        while text:
            m = _HEADER_TOKEN.search(text)
            if m:
                text = text[m.end():]
                name = m.group(1)
                m = _HEADER_QUOTED_VALUE.search(text)
                if m:
                    text = text[m.end():]
                    value = _HEADER_ESCAPE.sub(r"\1", m.group(1))
                else:
                    m = _HEADER_VALUE.search(text)
                    if m:
                        text = text[m.end():]
                        value = m.group(1).rstrip()
                    else:
                        value = None
                pairs.append((name, value))
            elif text.lstrip().startswith(","):
                text = text.lstrip()[1:]
                if pairs:
                    result.append(pairs)
                pairs = []
            else:
                non_junk, nr_junk_chars = re.subn(r"^[=\s;]*", "", text)
                assert nr_junk_chars > 0, f"split_header_words bug: '{orig_text}', '{text}', {pairs}"
                text = non_junk
        if pairs:
            result.append(pairs)
    return result


_JOIN_ESCAPE = re.compile(r"([\"\\])")


def join_header_words(lists):
    headers = []
    for pairs in lists:
        attr = []
        for k, v in pairs:
            if v is not None:
                if not re.search(r"^\w+$", v):
                    v = _JOIN_ESCAPE.sub(r"\\\1", v)
                    v = f'"{v}"'
                k = f"{k}={v}"
            attr.append(k)
        if attr:
            headers.append("; ".join(attr))
    return ", ".join(headers)


def strip_quotes(text):
    if text.startswith('"'):
        text = text[1:]
    if text.endswith('"'):
        text = text[:-1]
    return text


def parse_ns_headers(ns_headers):
    """[[(name, value), ...], ...] of Netscape Set-Cookie header values:
    the first pair is the cookie, then its attributes (expires turned
    into a timestamp; 'version' added as '0' when missing)."""
    known_attrs = ("expires", "domain", "path", "secure", "version", "port", "max-age")
    result = []
    for ns_header in ns_headers:
        pairs = []
        version_set = False
        for ii, param in enumerate(ns_header.split(";")):
            param = param.strip()
            key, sep, val = param.partition("=")
            key = key.strip()
            if not key:
                if ii == 0:
                    break
                continue
            val = val.strip() if sep else None
            if ii != 0:
                lc = key.lower()
                if lc in known_attrs:
                    key = lc
                if key == "version":
                    if val is not None:
                        val = strip_quotes(val)
                    version_set = True
                elif key == "expires":
                    if val is not None:
                        val = http2time(strip_quotes(val))
            pairs.append((key, val))
        if pairs:
            if not version_set:
                pairs.append(("version", "0"))
            result.append(pairs)
    return result


# --- hosts and paths -----------------------------------------------------------

_IPV4_RE = re.compile(r"\.\d+$", re.ASCII)


def is_HDN(text):
    """Whether text is a host domain name (not an IP address)."""
    if _IPV4_RE.search(text):
        return False
    if text == "":
        return False
    if text[0] == "." or text[-1] == ".":
        return False
    return True


def domain_match(A, B):
    """RFC 2965 domain-match of host A against domain B."""
    A = A.lower()
    B = B.lower()
    if A == B:
        return True
    if not is_HDN(A):
        return False
    i = A.rfind(B)
    if i == -1 or i == 0:
        return False
    if not B.startswith("."):
        return False
    if not is_HDN(B[1:]):
        return False
    return True


def liberal_is_HDN(text):
    if _IPV4_RE.search(text):
        return False
    return True


def user_domain_match(A, B):
    """Host A matches the domain B given by a user (a leading dot means
    'and its subdomains')."""
    A = A.lower()
    B = B.lower()
    if not (liberal_is_HDN(A) and liberal_is_HDN(B)):
        return A == B
    initial_dot = B.startswith(".")
    if initial_dot and A.endswith(B):
        return True
    if not initial_dot and A == B:
        return True
    return False


_PORT_RE = re.compile(r":\d+$", re.ASCII)


def request_host(request):
    """The request's host, lower-cased, without the port."""
    url = request.get_full_url()
    host = urllib.parse.urlparse(url)[1]
    if host == "":
        host = request.get_header("Host", "")
    return _PORT_RE.sub("", host, 1).lower()


def eff_request_host(request):
    """(host, effective host: '.local' added to a name without a dot)."""
    erhn = req_host = request_host(request)
    if "." not in req_host:
        erhn = req_host + ".local"
    return req_host, erhn


def request_path(request):
    url = request.get_full_url()
    parts = urllib.parse.urlsplit(url)
    path = escape_path(parts.path)
    if not path.startswith("/"):
        path = "/" + path
    return path


def request_port(request):
    host = request.host
    i = host.find(":")
    if i >= 0:
        port = host[i + 1:]
        try:
            int(port)
        except ValueError:
            _debug("nonnumeric port: '%s'", port)
            return None
    else:
        port = DEFAULT_HTTP_PORT
    return port


_ESCAPED_CHAR = re.compile(r"%([0-9a-fA-F][0-9a-fA-F])")


def escape_path(path):
    """Percent-escapes a path as RFC 2965 compares them (hex in upper case)."""
    path = urllib.parse.quote(path, HTTP_PATH_SAFE)
    return _ESCAPED_CHAR.sub(lambda m: "%%%s" % m.group(1).upper(), path)


def reach(h):
    """The domain a cookie from host h may be set for (RFC 2965's reach)."""
    i = h.find(".")
    if i >= 0:
        b = h[i + 1:]
        i = b.find(".")
        if is_HDN(h) and (i >= 0 or b == "local"):
            return "." + b
    return h


def is_third_party(request):
    req_host = request_host(request)
    return not domain_match(req_host, reach(request.origin_req_host))


# --- cookies ---------------------------------------------------------------

class Cookie:
    """One cookie, with the attributes it was set with."""

    def __init__(self, version, name, value, port, port_specified, domain, domain_specified,
                 domain_initial_dot, path, path_specified, secure, expires, discard, comment, comment_url,
                 rest, rfc2109=False):
        if version is not None:
            version = int(version)
        if expires is not None:
            expires = int(float(expires))
        if port is None and port_specified is True:
            raise ValueError("if port is None, port_specified must be false")
        self.version = version
        self.name = name
        self.value = value
        self.port = port
        self.port_specified = port_specified
        self.domain = domain.lower()
        self.domain_specified = domain_specified
        self.domain_initial_dot = domain_initial_dot
        self.path = path
        self.path_specified = path_specified
        self.secure = secure
        self.expires = expires
        self.discard = discard
        self.comment = comment
        self.comment_url = comment_url
        self.rfc2109 = rfc2109
        self._rest = copy.copy(rest)

    def has_nonstandard_attr(self, name):
        return name in self._rest

    def get_nonstandard_attr(self, name, default=None):
        return self._rest.get(name, default)

    def set_nonstandard_attr(self, name, value):
        self._rest[name] = value

    def is_expired(self, now=None):
        if now is None:
            now = time.time()
        return self.expires is not None and self.expires <= now

    def __str__(self):
        p = "" if self.port is None else ":" + self.port
        limit = self.domain + p + self.path
        namevalue = self.name if self.value is None else f"{self.name}={self.value}"
        return f"<Cookie {namevalue} for {limit}>"

    def __repr__(self):
        args = []
        for name in ("version", "name", "value", "port", "port_specified", "domain", "domain_specified",
                     "domain_initial_dot", "path", "path_specified", "secure", "expires", "discard", "comment",
                     "comment_url"):
            args.append(f"{name}={getattr(self, name)!r}")
        args.append(f"rest={self._rest!r}")
        args.append(f"rfc2109={self.rfc2109!r}")
        return f"{self.__class__.__name__}({', '.join(args)})"


class CookiePolicy:
    """What a jar accepts and returns: subclasses define set_ok,
    return_ok, domain_return_ok and path_return_ok."""

    def set_ok(self, cookie, request):
        raise NotImplementedError()

    def return_ok(self, cookie, request):
        raise NotImplementedError()

    def domain_return_ok(self, domain, request):
        return True

    def path_return_ok(self, path, request):
        return True


class DefaultCookiePolicy(CookiePolicy):
    """Netscape cookies accepted and returned the way browsers do (RFC 2965
    off unless asked), with domain block and allow lists."""

    DomainStrictNoDots = 1
    DomainStrictNonDomain = 2
    DomainRFC2965Match = 4
    DomainLiberal = 0
    DomainStrict = DomainStrictNoDots | DomainStrictNonDomain

    def __init__(self, blocked_domains=None, allowed_domains=None, netscape=True, rfc2965=False,
                 rfc2109_as_netscape=None, hide_cookie2=False, strict_domain=False,
                 strict_rfc2965_unverifiable=True, strict_ns_unverifiable=False, strict_ns_domain=DomainLiberal,
                 strict_ns_set_initial_dollar=False, strict_ns_set_path=False, secure_protocols=("https", "wss")):
        self.netscape = netscape
        self.rfc2965 = rfc2965
        self.rfc2109_as_netscape = rfc2109_as_netscape
        self.hide_cookie2 = hide_cookie2
        self.strict_domain = strict_domain
        self.strict_rfc2965_unverifiable = strict_rfc2965_unverifiable
        self.strict_ns_unverifiable = strict_ns_unverifiable
        self.strict_ns_domain = strict_ns_domain
        self.strict_ns_set_initial_dollar = strict_ns_set_initial_dollar
        self.strict_ns_set_path = strict_ns_set_path
        self.secure_protocols = secure_protocols
        self._blocked_domains = tuple(blocked_domains) if blocked_domains is not None else ()
        self._allowed_domains = tuple(allowed_domains) if allowed_domains is not None else None

    def blocked_domains(self):
        return self._blocked_domains

    def set_blocked_domains(self, blocked_domains):
        self._blocked_domains = tuple(blocked_domains)

    def is_blocked(self, domain):
        return any(user_domain_match(domain, blocked) for blocked in self._blocked_domains)

    def allowed_domains(self):
        return self._allowed_domains

    def set_allowed_domains(self, allowed_domains):
        if allowed_domains is not None:
            allowed_domains = tuple(allowed_domains)
        self._allowed_domains = allowed_domains

    def is_not_allowed(self, domain):
        if self._allowed_domains is None:
            return False
        return not any(user_domain_match(domain, allowed) for allowed in self._allowed_domains)

    def set_ok(self, cookie, request):
        _debug(" - checking cookie %s=%s", cookie.name, cookie.value)
        assert cookie.name is not None
        for check in ("version", "verifiability", "name", "path", "domain", "port"):
            if not getattr(self, "set_ok_" + check)(cookie, request):
                return False
        return True

    def set_ok_version(self, cookie, request):
        if cookie.version is None:
            return False
        if cookie.version > 0 and not self.rfc2965:
            return False
        if cookie.version == 0 and not self.netscape:
            return False
        return True

    def set_ok_verifiability(self, cookie, request):
        if request.unverifiable and is_third_party(request):
            if cookie.version > 0 and self.strict_rfc2965_unverifiable:
                return False
            if cookie.version == 0 and self.strict_ns_unverifiable:
                return False
        return True

    def set_ok_name(self, cookie, request):
        if cookie.version == 0 and self.strict_ns_set_initial_dollar and cookie.name.startswith("$"):
            return False
        return True

    def set_ok_path(self, cookie, request):
        if cookie.path_specified:
            req_path = request_path(request)
            if (cookie.version > 0 or (cookie.version == 0 and self.strict_ns_set_path)) and \
                    not self.path_return_ok(cookie.path, request):
                return False
        return True

    def set_ok_domain(self, cookie, request):
        if self.is_blocked(cookie.domain):
            return False
        if self.is_not_allowed(cookie.domain):
            return False
        if cookie.domain_specified:
            req_host, erhn = eff_request_host(request)
            domain = cookie.domain
            if self.strict_domain and (domain.count(".") >= 2):
                i = domain.rfind(".")
                j = domain.rfind(".", 0, i)
                if j == 0:
                    tld = domain[i + 1:]
                    sld = domain[j + 1:i]
                    if sld.lower() in ("co", "ac", "com", "edu", "org", "net", "gov", "mil", "int", "aero",
                                       "biz", "cat", "coop", "info", "jobs", "mobi", "museum", "name", "pro",
                                       "travel", "eu") and len(tld) == 2:
                        return False
            if domain.startswith("."):
                undotted_domain = domain[1:]
            else:
                undotted_domain = domain
            embedded_dots = (undotted_domain.find(".") >= 0)
            if not embedded_dots and not erhn.endswith(".local"):
                return False
            if cookie.version == 0:
                if (not (erhn.endswith(domain) or erhn.endswith(f"{undotted_domain}.local"))
                        and (not erhn.startswith(".") and not ("." + erhn).endswith(domain))):
                    return False
            if cookie.version > 0 or (self.strict_ns_domain & self.DomainRFC2965Match):
                if not domain_match(erhn, domain):
                    return False
            if cookie.version > 0 or (self.strict_ns_domain & self.DomainStrictNoDots):
                host_prefix = req_host[:-len(domain)]
                if host_prefix.find(".") >= 0 and not _IPV4_RE.search(req_host):
                    return False
        return True

    def set_ok_port(self, cookie, request):
        if cookie.port_specified:
            req_port = request_port(request)
            if req_port is None:
                req_port = "80"
            else:
                req_port = str(req_port)
            for p in cookie.port.split(","):
                try:
                    int(p)
                except ValueError:
                    return False
                if p == req_port:
                    break
            else:
                return False
        return True

    def return_ok(self, cookie, request):
        _debug(" - checking cookie %s=%s", cookie.name, cookie.value)
        for check in ("version", "verifiability", "secure", "expires", "port", "domain"):
            if not getattr(self, "return_ok_" + check)(cookie, request):
                return False
        return True

    def return_ok_version(self, cookie, request):
        if cookie.version > 0 and not self.rfc2965:
            return False
        if cookie.version == 0 and not self.netscape:
            return False
        return True

    return_ok_verifiability = set_ok_verifiability

    def return_ok_secure(self, cookie, request):
        if cookie.secure and request.type not in self.secure_protocols:
            return False
        return True

    def return_ok_expires(self, cookie, request):
        if cookie.is_expired(self._now):
            return False
        return True

    def return_ok_port(self, cookie, request):
        if cookie.port:
            req_port = request_port(request)
            if req_port is None:
                req_port = "80"
            for p in cookie.port.split(","):
                if p == req_port:
                    break
            else:
                return False
        return True

    def return_ok_domain(self, cookie, request):
        req_host, erhn = eff_request_host(request)
        domain = cookie.domain
        if domain and not domain.startswith("."):
            dotdomain = "." + domain
        else:
            dotdomain = domain
        if (cookie.version == 0 and (self.strict_ns_domain & self.DomainStrictNonDomain)
                and not cookie.domain_specified and domain != erhn):
            return False
        if cookie.version > 0 and not domain_match(erhn, domain):
            return False
        if cookie.version == 0 and not ("." + erhn).endswith(dotdomain):
            return False
        return True

    def domain_return_ok(self, domain, request):
        req_host, erhn = eff_request_host(request)
        if not req_host.startswith("."):
            req_host = "." + req_host
        if not erhn.startswith("."):
            erhn = "." + erhn
        if domain and not domain.startswith("."):
            dotdomain = "." + domain
        else:
            dotdomain = domain
        if not (req_host.endswith(dotdomain) or erhn.endswith(dotdomain)):
            return False
        if self.is_blocked(domain):
            return False
        if self.is_not_allowed(domain):
            return False
        return True

    def path_return_ok(self, path, request):
        req_path = request_path(request)
        pathlen = len(path)
        if req_path == path:
            return True
        if req_path.startswith(path) and (path.endswith("/") or req_path[pathlen:pathlen + 1] == "/"):
            return True
        return False


def deepvalues(mapping):
    """The values of nested dicts, depth first."""
    for obj in mapping.values():
        if isinstance(obj, dict):
            yield from deepvalues(obj)
        else:
            yield obj


class Absent:
    pass


class CookieJar:
    """Cookies by domain, then path, then name."""

    non_word_re = re.compile(r"\W")
    quote_re = re.compile(r"([\"\\])")
    strict_domain_re = re.compile(r"\.?[^.]*")
    domain_re = re.compile(r"[^.]*")
    dots_re = re.compile(r"^\.+")
    magic_re = re.compile(r"^\#LWP-Cookies-(\d+\.\d+)", re.ASCII)

    def __init__(self, policy=None):
        if policy is None:
            policy = DefaultCookiePolicy()
        self._policy = policy
        self._cookies = {}

    def set_policy(self, policy):
        self._policy = policy

    def _cookies_for_domain(self, domain, request):
        cookies = []
        if not self._policy.domain_return_ok(domain, request):
            return []
        for path in self._cookies[domain].keys():
            if not self._policy.path_return_ok(path, request):
                continue
            for name, cookie in self._cookies[domain][path].items():
                if self._policy.return_ok(cookie, request):
                    cookies.append(cookie)
        return cookies

    def _cookies_for_request(self, request):
        cookies = []
        for domain in self._cookies.keys():
            cookies.extend(self._cookies_for_domain(domain, request))
        return cookies

    def _cookie_attrs(self, cookies):
        """The Cookie header's parts for these cookies, longest path first."""
        cookies.sort(key=lambda a: len(a.path), reverse=True)
        version_set = False
        attrs = []
        for cookie in cookies:
            version = cookie.version
            if not version_set:
                version_set = True
                if version > 0:
                    attrs.append(f"$Version={version}")
            if (cookie.value is not None and self.non_word_re.search(cookie.value) and version > 0):
                value = self.quote_re.sub(r"\\\1", cookie.value)
            else:
                value = cookie.value
            if cookie.value is None:
                attrs.append(cookie.name)
            else:
                attrs.append(f"{cookie.name}={value}")
            if version > 0:
                if cookie.path_specified:
                    attrs.append(f'$Path="{cookie.path}"')
                if cookie.domain.startswith("."):
                    domain = cookie.domain
                    if (not cookie.domain_initial_dot and domain.startswith(".")):
                        domain = domain[1:]
                    attrs.append(f'$Domain="{domain}"')
                if cookie.port is not None:
                    p = "$Port"
                    if cookie.port_specified:
                        p = p + f'="{cookie.port}"'
                    attrs.append(p)
        return attrs

    def add_cookie_header(self, request):
        """Adds the Cookie header for the cookies the request may have."""
        self._policy._now = self._now = int(time.time())
        cookies = self._cookies_for_request(request)
        attrs = self._cookie_attrs(cookies)
        if attrs:
            if not request.has_header("Cookie"):
                request.add_unredirected_header("Cookie", "; ".join(attrs))
        if (self._policy.rfc2965 and not self._policy.hide_cookie2 and not request.has_header("Cookie2")):
            for cookie in cookies:
                if cookie.version != 1:
                    request.add_unredirected_header("Cookie2", '$Version="1"')
                    break
        self.clear_expired_cookies()

    def _normalized_cookie_tuples(self, attrs_set):
        """(name, value, standard attrs, other attrs) per cookie, with
        the attributes checked and normalised."""
        cookie_tuples = []
        boolean_attrs = "discard", "secure"
        value_attrs = ("version", "expires", "max-age", "domain", "path", "port", "comment", "commenturl")
        for cookie_attrs in attrs_set:
            name, value = cookie_attrs[0]
            max_age_set = False
            bad_cookie = False
            standard = {}
            rest = {}
            for k, v in cookie_attrs[1:]:
                lc = k.lower()
                if lc in value_attrs or lc in boolean_attrs:
                    k = lc
                if k in boolean_attrs and v is None:
                    v = True
                if k in standard:
                    continue
                if k == "domain":
                    if v is None:
                        bad_cookie = True
                        break
                    v = v.lower()
                if k == "expires":
                    if max_age_set:
                        continue
                    if v is None:
                        continue
                if k == "max-age":
                    max_age_set = True
                    try:
                        v = int(v)
                    except ValueError:
                        bad_cookie = True
                        break
                    k = "expires"
                    v = self._now + v
                if (k in value_attrs) or (k in boolean_attrs):
                    if (v is None and k not in ("port", "comment", "commenturl")):
                        bad_cookie = True
                        break
                    standard[k] = v
                else:
                    rest[k] = v
            if bad_cookie:
                continue
            cookie_tuples.append((name, value, standard, rest))
        return cookie_tuples

    def _cookie_from_cookie_tuple(self, tup, request):
        name, value, standard, rest = tup
        domain = standard.get("domain", Absent)
        path = standard.get("path", Absent)
        port = standard.get("port", Absent)
        expires = standard.get("expires", Absent)
        version = standard.get("version", None)
        if version is not None:
            try:
                version = int(version)
            except ValueError:
                return None
        secure = standard.get("secure", False)
        discard = standard.get("discard", False)
        comment = standard.get("comment", None)
        comment_url = standard.get("commenturl", None)
        if path is not Absent and path != "":
            path_specified = True
            path = escape_path(path)
        else:
            path_specified = False
            path = request_path(request)
            i = path.rfind("/")
            if i != -1:
                if version == 0:
                    path = path[:i]
                else:
                    path = path[:i + 1]
            if len(path) == 0:
                path = "/"
        domain_specified = domain is not Absent
        domain_initial_dot = False
        if domain_specified:
            domain_initial_dot = bool(domain.startswith("."))
        if domain is Absent:
            req_host, erhn = eff_request_host(request)
            domain = erhn
        elif not domain.startswith("."):
            domain = "." + domain
        port_specified = False
        if port is not Absent:
            if port is None:
                port = request_port(request)
            else:
                port_specified = True
                port = re.sub(r"\s+", "", port)
        else:
            port = None
        if expires is Absent:
            expires = None
            discard = True
        elif expires <= self._now:
            try:
                self.clear(domain, path, name)
            except KeyError:
                pass
            return None
        return Cookie(version, name, value, port, port_specified, domain, domain_specified, domain_initial_dot,
                      path, path_specified, secure, expires, discard, comment, comment_url, rest)

    def _cookies_from_attrs_set(self, attrs_set, request):
        cookie_tuples = self._normalized_cookie_tuples(attrs_set)
        cookies = []
        for tup in cookie_tuples:
            cookie = self._cookie_from_cookie_tuple(tup, request)
            if cookie:
                cookies.append(cookie)
        return cookies

    def _process_rfc2109_cookies(self, cookies):
        rfc2109_as_ns = getattr(self._policy, "rfc2109_as_netscape", None)
        if rfc2109_as_ns is None:
            rfc2109_as_ns = not self._policy.rfc2965
        for cookie in cookies:
            if cookie.version == 1:
                cookie.rfc2109 = True
                if rfc2109_as_ns:
                    cookie.version = 0

    def make_cookies(self, response, request):
        """The cookies a response's headers set."""
        headers = response.info()
        rfc2965_hdrs = headers.get_all("Set-Cookie2", [])
        ns_hdrs = headers.get_all("Set-Cookie", [])
        self._policy._now = self._now = int(time.time())
        rfc2965 = self._policy.rfc2965
        netscape = self._policy.netscape
        if ((not rfc2965_hdrs and not ns_hdrs) or (not ns_hdrs and not rfc2965) or (not rfc2965_hdrs and not netscape)
                or (not netscape and not rfc2965)):
            return []
        try:
            cookies = self._cookies_from_attrs_set(split_header_words(rfc2965_hdrs), request)
        except Exception:
            _warn_unhandled_exception()
            cookies = []
        if ns_hdrs and netscape:
            try:
                ns_cookies = self._cookies_from_attrs_set(parse_ns_headers(ns_hdrs), request)
            except Exception:
                _warn_unhandled_exception()
                ns_cookies = []
            self._process_rfc2109_cookies(ns_cookies)
            if rfc2965:
                lookup = {(cookie.domain, cookie.path, cookie.name): None for cookie in cookies}
                ns_cookies = [c for c in ns_cookies if (c.domain, c.path, c.name) not in lookup]
            if ns_cookies:
                cookies.extend(ns_cookies)
        return cookies

    def set_cookie_if_ok(self, cookie, request):
        self._policy._now = self._now = int(time.time())
        if self._policy.set_ok(cookie, request):
            self.set_cookie(cookie)

    def set_cookie(self, cookie):
        c = self._cookies
        if cookie.domain not in c:
            c[cookie.domain] = {}
        c2 = c[cookie.domain]
        if cookie.path not in c2:
            c2[cookie.path] = {}
        c3 = c2[cookie.path]
        c3[cookie.name] = cookie

    def extract_cookies(self, response, request):
        """Keeps the cookies of a response the policy accepts."""
        self._policy._now = self._now = int(time.time())
        for cookie in self.make_cookies(response, request):
            if self._policy.set_ok(cookie, request):
                self.set_cookie(cookie)

    def clear(self, domain=None, path=None, name=None):
        if name is not None:
            if (domain is None) or (path is None):
                raise ValueError("domain and path must be given to remove a cookie by name")
            del self._cookies[domain][path][name]
        elif path is not None:
            if domain is None:
                raise ValueError("domain must be given to remove cookies by path")
            del self._cookies[domain][path]
        elif domain is not None:
            del self._cookies[domain]
        else:
            self._cookies = {}

    def clear_session_cookies(self):
        for cookie in self:
            if cookie.discard:
                self.clear(cookie.domain, cookie.path, cookie.name)

    def clear_expired_cookies(self):
        now = time.time()
        for cookie in self:
            if cookie.is_expired(now):
                self.clear(cookie.domain, cookie.path, cookie.name)

    def __iter__(self):
        return deepvalues(self._cookies)

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return f"<{self.__class__.__name__}[{', '.join(repr(c) for c in self)}]>"

    def __str__(self):
        return f"<{self.__class__.__name__}[{', '.join(str(c) for c in self)}]>"


def _warn_unhandled_exception():
    import io
    import traceback
    import warnings
    f = io.StringIO()
    traceback.print_exc(None, f)
    warnings.warn(f"http.cookiejar bug!\n{f.getvalue()}", stacklevel=2)


def lwp_cookie_str(cookie):
    """A cookie in libwww-perl's Set-Cookie3 form (header words)."""
    h = [(cookie.name, cookie.value), ("path", cookie.path), ("domain", cookie.domain)]
    if cookie.port is not None:
        h.append(("port", cookie.port))
    flags = [("path_spec", cookie.path_specified), ("port_spec", cookie.port_specified),
             ("domain_dot", cookie.domain_initial_dot), ("secure", cookie.secure)]
    h.extend((name, None) for name, on in flags if on)
    if cookie.expires:
        h.append(("expires", time2isoz(float(cookie.expires))))
    if cookie.discard:
        h.append(("discard", None))
    if cookie.comment:
        h.append(("comment", cookie.comment))
    if cookie.comment_url:
        h.append(("commenturl", cookie.comment_url))
    h.extend((k, str(cookie._rest[k])) for k in sorted(cookie._rest))
    h.append(("version", str(cookie.version)))
    return join_header_words([h])


class LoadError(OSError):
    pass


class FileCookieJar(CookieJar):
    """A CookieJar that can be saved to and loaded from a file."""

    def __init__(self, filename=None, delayload=False, policy=None):
        CookieJar.__init__(self, policy)
        if filename is not None:
            import os
            filename = os.fspath(filename)
        self.filename = filename
        self.delayload = bool(delayload)

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        raise NotImplementedError()

    def load(self, filename=None, ignore_discard=False, ignore_expires=False):
        if filename is None:
            if self.filename is not None:
                filename = self.filename
            else:
                raise ValueError(MISSING_FILENAME_TEXT)
        with open(filename) as f:
            self._really_load(f, filename, ignore_discard, ignore_expires)

    def revert(self, filename=None, ignore_discard=False, ignore_expires=False):
        if filename is None:
            if self.filename is not None:
                filename = self.filename
            else:
                raise ValueError(MISSING_FILENAME_TEXT)
        old_state = copy.deepcopy(self._cookies)
        self._cookies = {}
        try:
            self.load(filename, ignore_discard, ignore_expires)
        except OSError:
            self._cookies = old_state
            raise

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        raise NotImplementedError()


class MozillaCookieJar(FileCookieJar):
    """Cookies in the Netscape/Mozilla cookies.txt format."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("http.cookiejar.MozillaCookieJar is not supported by ferropy yet")


class LWPCookieJar(FileCookieJar):
    """Cookies in libwww-perl's Set-Cookie3 format."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("http.cookiejar.LWPCookieJar is not supported by ferropy yet")

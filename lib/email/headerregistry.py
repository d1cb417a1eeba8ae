"""Header objects of the modern email API (`email.headerregistry`).

A header object is a str (the header's value, decoded) that also knows
its name, the defects found parsing it, and what the value means:
addresses, a date, MIME parameters. HeaderRegistry makes the right class
for a header name. Values are parsed with the compat32 helpers of
email.utils (addresses, dates, RFC 2231 parameters) and rendered as
CPython renders them.

Writing a header (`fold`) gives it unchanged when it fits the policy's
line length; a longer unstructured ASCII header is folded at its spaces.
Other folds (long structured headers, non-ASCII text needing encoded
words) raise NotImplementedError.
"""

import re
from types import MappingProxyType

from email import errors, utils

__all__ = ["Address", "Group", "BaseHeader", "UnstructuredHeader", "UniqueUnstructuredHeader", "DateHeader",
           "UniqueDateHeader", "AddressHeader", "UniqueAddressHeader", "SingleAddressHeader",
           "UniqueSingleAddressHeader", "MIMEVersionHeader", "ParameterizedMIMEHeader", "ContentTypeHeader",
           "ContentDispositionHeader", "ContentTransferEncodingHeader", "MessageIDHeader", "HeaderRegistry"]

# Characters that make a display name need quotes (RFC 5322 specials).
_SPECIALS = set('()<>@,:;.\\"[]')


def _quote_if_needed(text):
    if any(c in _SPECIALS for c in text):
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


class Address:
    """One mailbox: display name, user name and domain."""

    def __init__(self, display_name="", username="", domain="", addr_spec=None):
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or domain also specified")
            username, at, domain = addr_spec.rpartition("@")
            if not at:
                username, domain = domain, ""
        self._display_name = display_name
        self._username = username
        self._domain = domain

    @property
    def display_name(self):
        return self._display_name

    @property
    def username(self):
        return self._username

    @property
    def domain(self):
        return self._domain

    @property
    def addr_spec(self):
        """user@domain (the user name quoted if it needs quotes)."""
        local = self.username
        if local and (any(c in _SPECIALS - {"."} for c in local) or " " in local):
            local = _quote_if_needed(local) if not set(local) & {" "} else '"' + local + '"'
        if self.domain:
            return local + "@" + self.domain
        return local or "<>"

    def __repr__(self):
        return (f"{type(self).__name__}(display_name={self.display_name!r}, username={self.username!r}, "
                f"domain={self.domain!r})")

    def __str__(self):
        name = _quote_if_needed(self.display_name)
        if name:
            spec = "" if self.addr_spec == "<>" else self.addr_spec
            return f"{name} <{spec}>"
        return self.addr_spec

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return (self.display_name, self.username, self.domain) == (other.display_name, other.username, other.domain)


class Group:
    """A named list of addresses (`name: a, b;`); an unnamed group is one
    plain address."""

    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses) if addresses else ()

    @property
    def display_name(self):
        return self._display_name

    @property
    def addresses(self):
        return self._addresses

    def __repr__(self):
        return f"{type(self).__name__}(display_name={self.display_name!r}, addresses={self.addresses!r}"

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        name = self.display_name
        if name is not None:
            name = _quote_if_needed(name)
        members = ", ".join(str(a) for a in self.addresses)
        return f"{name}:{' ' + members if members else members};"

    def __eq__(self, other):
        if not isinstance(other, Group):
            return NotImplemented
        return self.display_name == other.display_name and self.addresses == other.addresses


class BaseHeader(str):
    """A header: its decoded value as a str, plus `name` and `defects`.
    Subclasses parse the value in the classmethod `parse`, which fills
    `kwds` (at least 'decoded') for `init`."""

    # Whether the header is written with the text it was given (free text
    # and addresses) rather than as its value re-rendered (dates, MIME
    # parameters).
    _keeps_source = False

    def __new__(cls, name, value):
        kwds = {"defects": []}
        cls.parse(value, kwds)
        if utils._has_surrogates(kwds["decoded"]):
            kwds["decoded"] = utils._sanitize(kwds["decoded"])
        self = str.__new__(cls, kwds["decoded"])
        del kwds["decoded"]
        self.init(name, **kwds)
        self._source = value if isinstance(value, str) else None
        return self

    def init(self, name, *, defects, parse_tree=None):
        self._name = name
        self._defects = defects
        self._parse_tree = parse_tree

    @property
    def name(self):
        return self._name

    @property
    def defects(self):
        return tuple(self._defects)

    def __reduce__(self):
        return (_reconstruct_header, (type(self).__name__, type(self).__bases__, str(self)), self.__dict__)

    @classmethod
    def _reconstruct(cls, value):
        return str.__new__(cls, value)

    def fold(self, *, policy):
        """The header as written under `policy` (name, value, line ending)."""
        value = self._source if self._keeps_source and self._source is not None else str(self)
        text = f"{self.name}: {value}"
        maxlen = policy.max_line_length or None
        ascii_ok = text.isascii() or policy.utf8
        if ascii_ok and (maxlen is None or len(text) <= maxlen):
            return text + policy.linesep
        if isinstance(self, UnstructuredHeader) and text.isascii() and maxlen is not None:
            return _fold_at_spaces(text, maxlen, policy.linesep)
        raise NotImplementedError(f"writing the {self.name} header under this email policy (it needs refolding"
                                  " or encoded words) is not supported by ferropy yet")


def _fold_at_spaces(text, maxlen, linesep):
    """Text folded into lines of at most `maxlen` where it has spaces; each
    space that breaks a line starts the next one."""
    words = re.split(r"(?= )", text)
    lines = [words[0]]
    for word in words[1:]:
        if len(lines[-1]) + len(word) > maxlen and lines[-1].strip():
            lines.append(word)
        else:
            lines[-1] += word
    return linesep.join(lines) + linesep


def _reconstruct_header(cls_name, bases, value):
    return type(cls_name, bases, {})._reconstruct(value)


class UnstructuredHeader:
    """Free text; RFC 2047 encoded words are decoded."""

    max_count = None
    _keeps_source = True

    @classmethod
    def parse(cls, value, kwds):
        kwds["decoded"] = _decode_words(value)


def _decode_words(value):
    if "=?" not in value:
        return value
    from email.header import decode_header, make_header
    try:
        return str(make_header(decode_header(value)))
    except (errors.HeaderParseError, LookupError, UnicodeDecodeError):
        return value


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


class DateHeader:
    """A date; `datetime` is it as a datetime (None if unparseable). A
    datetime may be given as the value."""

    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        import datetime
        if not value:
            kwds["defects"].append(errors.HeaderMissingRequiredValue())
            kwds["datetime"] = None
            kwds["decoded"] = ""
            return
        if isinstance(value, str):
            kwds["decoded"] = value
            try:
                value = utils.parsedate_to_datetime(value)
            except ValueError:
                kwds["defects"].append(errors.InvalidDateDefect("Invalid date value or format"))
                kwds["datetime"] = None
                return
        if not isinstance(value, datetime.datetime):
            raise TypeError(f"value must be a str or a datetime, not {type(value).__name__}")
        kwds["datetime"] = value
        kwds["decoded"] = utils.format_datetime(value)

    def init(self, *args, **kw):
        self._datetime = kw.pop("datetime")
        super().init(*args, **kw)

    @property
    def datetime(self):
        return self._datetime


class UniqueDateHeader(DateHeader):
    max_count = 1


class AddressHeader:
    """A list of addresses and groups (`addresses` flattens the groups)."""

    max_count = None
    _keeps_source = True

    @staticmethod
    def value_parser(value):
        return _parse_address_list(value)

    @classmethod
    def parse(cls, value, kwds):
        if isinstance(value, str):
            groups = _parse_address_list(value)
        else:
            if not hasattr(value, "__iter__"):
                value = [value]
            groups = [Group(None, [item]) if not hasattr(item, "addresses") else item for item in value]
        kwds["groups"] = groups
        kwds["decoded"] = ", ".join(str(g) for g in groups)

    def init(self, *args, **kw):
        self._groups = tuple(kw.pop("groups"))
        self._addresses = None
        super().init(*args, **kw)

    @property
    def groups(self):
        return self._groups

    @property
    def addresses(self):
        if self._addresses is None:
            self._addresses = tuple(address for group in self._groups for address in group.addresses)
        return self._addresses


def _parse_address_list(text):
    """Groups of Addresses from an address-list header value."""
    groups = []
    for part in _split_top_level(_decode_words(text), ","):
        name, colon, rest = _partition_top_level(part, ":")
        if colon:
            # A group: collect its members up to the ';'.
            members = rest.strip().rstrip(";")
            addresses = [_make_address(m) for m in _split_top_level(members, ",") if m.strip()]
            groups.append(Group(utils.unquote(name.strip()), addresses))
        elif part.strip():
            groups.append(Group(None, [_make_address(part)]))
    return groups


def _make_address(text):
    name, addr = utils.parseaddr(text)
    name = " ".join(name.split())
    username, at, domain = addr.rpartition("@")
    if not at:
        username, domain = addr, ""
    return Address(name, username, domain)


def _split_top_level(text, sep):
    """`text` split at `sep` outside quotes, angle brackets, comments and
    groups (`name: a, b;` stays whole)."""
    parts, current, depth, quoted, in_group = [], [], 0, False, False
    i = 0
    while i < len(text):
        c = text[i]
        if quoted:
            if c == "\\" and i + 1 < len(text):
                current.append(c)
                i += 1
                c = text[i]
            elif c == '"':
                quoted = False
        elif c == '"':
            quoted = True
        elif c in "<(":
            depth += 1
        elif c in ">)":
            depth = max(depth - 1, 0)
        elif c == ":" and depth == 0 and sep == ",":
            in_group = True
        elif c == ";" and depth == 0:
            in_group = False
        elif c == sep and depth == 0 and not in_group:
            parts.append("".join(current))
            current = []
            i += 1
            continue
        current.append(c)
        i += 1
    parts.append("".join(current))
    return parts


def _partition_top_level(text, sep):
    quoted, depth = False, 0
    for i, c in enumerate(text):
        if quoted:
            if c == '"':
                quoted = False
        elif c == '"':
            quoted = True
        elif c in "<(":
            depth += 1
        elif c in ">)":
            depth -= 1
        elif c == sep and depth == 0:
            return text[:i], sep, text[i + 1:]
    return text, "", ""


class UniqueAddressHeader(AddressHeader):
    max_count = 1


class SingleAddressHeader(AddressHeader):
    """A header of exactly one address (Sender)."""

    @property
    def address(self):
        if len(self.addresses) != 1:
            raise ValueError(f"value of single address header {self.name} is not a single address")
        return self.addresses[0]


class UniqueSingleAddressHeader(SingleAddressHeader):
    max_count = 1


class MIMEVersionHeader:
    """MIME-Version: `major`.`minor` (`version` as text)."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        text = " ".join(str(value).split())
        match = re.fullmatch(r"(\d+)\s*\.\s*(\d+)", text)
        if match:
            kwds["major"], kwds["minor"] = int(match.group(1)), int(match.group(2))
            kwds["version"] = f"{kwds['major']}.{kwds['minor']}"
        else:
            kwds["major"] = kwds["minor"] = kwds["version"] = None
            kwds["defects"].append(errors.HeaderDefect(f"Invalid MIME-Version value: {value!r}"))
        kwds["decoded"] = kwds["version"] if kwds["version"] is not None else text

    def init(self, *args, **kw):
        self._version = kw.pop("version")
        self._major = kw.pop("major")
        self._minor = kw.pop("minor")
        super().init(*args, **kw)

    @property
    def major(self):
        return self._major

    @property
    def minor(self):
        return self._minor

    @property
    def version(self):
        return self._version


class ParameterizedMIMEHeader:
    """A value with `; name=value` parameters (`params`, names lower
    case); the value is written back with each parameter quoted."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        from email.message import _split_params
        value = str(value)
        main, _, rest = value.partition(";")
        params = {}
        shown = []
        for part in _split_params(";" + rest) if rest else []:
            name, eq, raw = part.partition("=")
            if not eq:
                continue
            original = _original_name(rest, name)
            text = utils.collapse_rfc2231_value(utils.decode_params([("", ""), (name, raw)])[1][1])
            params[name.lower().rstrip("*")] = text
            shown.append(f'{original.rstrip("*")}="{utils.quote(text)}"')
        kwds["params"] = params
        kwds["main"] = main.strip()
        kwds["decoded"] = "; ".join([main.strip()] + shown)

    def init(self, *args, **kw):
        self._params = kw.pop("params")
        self._main = kw.pop("main")
        super().init(*args, **kw)

    @property
    def params(self):
        return MappingProxyType(self._params)


def _original_name(text, lowered):
    """The spelling a parameter name has in the header text."""
    match = re.search(r"(?i)(?:^|;)\s*(" + re.escape(lowered) + r")\s*=", text)
    return match.group(1) if match else lowered


class ContentTypeHeader(ParameterizedMIMEHeader):
    """Content-Type: `content_type` (lower case), `maintype`, `subtype`."""

    def init(self, *args, **kw):
        super().init(*args, **kw)
        main = self._main.lower()
        if "/" in main:
            self._maintype, _, self._subtype = (p.strip() for p in main.partition("/"))
        else:
            self._maintype, self._subtype = "text", "plain"

    @property
    def maintype(self):
        return self._maintype

    @property
    def subtype(self):
        return self._subtype

    @property
    def content_type(self):
        return self.maintype + "/" + self.subtype


class ContentDispositionHeader(ParameterizedMIMEHeader):
    """Content-Disposition: `content_disposition` (inline, attachment)."""

    def init(self, *args, **kw):
        super().init(*args, **kw)
        self.content_disposition = self._main.lower() or None


class ContentTransferEncodingHeader:
    """Content-Transfer-Encoding: `cte` (lower case)."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds["decoded"] = str(value).strip()

    def init(self, *args, **kw):
        super().init(*args, **kw)
        self._cte = utils.unquote(str(self)).lower()

    @property
    def cte(self):
        return self._cte


class MessageIDHeader:
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds["decoded"] = str(value).strip()


_default_header_map = {
    "subject": UniqueUnstructuredHeader,
    "date": UniqueDateHeader,
    "resent-date": DateHeader,
    "orig-date": UniqueDateHeader,
    "sender": UniqueSingleAddressHeader,
    "resent-sender": SingleAddressHeader,
    "to": UniqueAddressHeader,
    "resent-to": AddressHeader,
    "cc": UniqueAddressHeader,
    "resent-cc": AddressHeader,
    "bcc": UniqueAddressHeader,
    "resent-bcc": AddressHeader,
    "from": UniqueAddressHeader,
    "resent-from": AddressHeader,
    "reply-to": UniqueAddressHeader,
    "mime-version": MIMEVersionHeader,
    "content-type": ContentTypeHeader,
    "content-disposition": ContentDispositionHeader,
    "content-transfer-encoding": ContentTransferEncodingHeader,
    "message-id": MessageIDHeader,
}


class HeaderRegistry:
    """Makes header objects: the class registered for a name (else
    `default_class`) mixed with `base_class`."""

    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader, use_default_map=True):
        self.registry = {}
        self.base_class = base_class
        self.default_class = default_class
        if use_default_map:
            self.registry.update(_default_header_map)

    def map_to_type(self, name, cls):
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        cls = self.registry.get(name.lower(), self.default_class)
        return type("_" + cls.__name__, (cls, self.base_class), {})

    def __call__(self, name, value):
        return self[name](name, value)

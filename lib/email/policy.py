"""Email policies (`email.policy`): EmailPolicy, the modern API's rules,
and the ready-made policies `default`, `SMTP`, `SMTPUTF8`, `HTTP`,
`strict` (plus `compat32`, the Python 3.2 rules of email.message.Message).

Under EmailPolicy a message's header values are header objects from the
policy's header_factory (email.headerregistry): str subclasses that also
parse their value (addresses, dates, MIME parameters). A header is
written as given when it fits `max_line_length`; a longer one is refolded
by its header object.
"""

import re
import sys

from email._policybase import Policy, Compat32, compat32
from email.contentmanager import raw_data_manager
from email.headerregistry import HeaderRegistry
from email.utils import _has_surrogates

__all__ = ["Compat32", "compat32", "Policy", "EmailPolicy", "default", "strict", "SMTP", "HTTP"]

_LINESEP_SPLITTER = re.compile(r"\n|\r")


class EmailPolicy(Policy):
    """The policy of the modern email API: utf8 (write non-ASCII headers
    as UTF-8 rather than encoded words), refold_source ('none', 'long' or
    'all': which parsed headers are refolded when written),
    header_factory and content_manager."""

    message_factory = None  # set below: EmailMessage
    utf8 = False
    refold_source = "long"
    header_factory = None
    content_manager = raw_data_manager
    mangle_from_ = False

    def __init__(self, **kw):
        # Each policy gets its own registry unless one is given.
        if "header_factory" not in kw:
            registry = HeaderRegistry()
            object.__setattr__(self, "header_factory", registry)
            object.__setattr__(self, "_own_header_factory", registry)
        super().__init__(**kw)

    def __repr__(self):
        # A registry the policy made itself is not one it was given.
        own = self.__dict__.get("_own_header_factory")
        args = [f"{name}={value!r}" for name, value in self.__dict__.items()
                if not name.startswith("_") and not (name == "header_factory" and value is own)]
        return f"{type(self).__name__}({', '.join(args)})"

    def header_max_count(self, name):
        """How many headers of this name a message may have (None: any)."""
        return self.header_factory[name].max_count

    def header_source_parse(self, sourcelines):
        """(name, value) of a header's lines as read: the value keeps its
        folding whitespace but not the final line ending."""
        name, value = sourcelines[0].split(":", 1)
        value = value.lstrip(" \t") + "".join(sourcelines[1:])
        return (name, value.rstrip("\r\n"))

    def header_store_parse(self, name, value):
        """(name, header object) for a header the program sets."""
        if hasattr(value, "name") and value.name.lower() == name.lower():
            return (name, value)
        if isinstance(value, str) and len(value.splitlines()) > 1:
            raise ValueError("Header values may not contain linefeed or carriage return characters")
        return (name, self.header_factory(name, value))

    def header_fetch_parse(self, name, value):
        """The header object for a stored value (one read from a source is
        unfolded first)."""
        if hasattr(value, "name"):
            return value
        value = "".join(_LINESEP_SPLITTER.split(value))
        return self.header_factory(name, value)

    def fold(self, name, value):
        """The header as text, folded as the policy says."""
        return self._fold(name, value, refold_binary=True)

    def fold_binary(self, name, value):
        """The header as bytes (UTF-8 under utf8, else ASCII)."""
        folded = self._fold(name, value, refold_binary=self.cte_type == "7bit")
        charset = "utf8" if self.utf8 else "ascii"
        return folded.encode(charset, "surrogateescape")

    def _fold(self, name, value, refold_binary=False):
        if hasattr(value, "name"):
            return value.fold(policy=self)
        maxlen = self.max_line_length if self.max_line_length else sys.maxsize
        lines = value.splitlines()
        refold = (self.refold_source == "all"
                  or self.refold_source == "long"
                  and (lines and len(lines[0]) + len(name) + 2 > maxlen or any(len(x) > maxlen for x in lines[1:])))
        if refold or refold_binary and _has_surrogates(value):
            return self.header_factory(name, "".join(lines)).fold(policy=self)
        return name + ": " + self.linesep.join(lines) + self.linesep


default = EmailPolicy()
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep="\r\n")
HTTP = default.clone(linesep="\r\n", max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)


def _set_message_factory():
    from email.message import EmailMessage
    EmailPolicy.message_factory = EmailMessage


_set_message_factory()

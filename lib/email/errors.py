"""email.errors: the exceptions the email package raises and the
defects its parser records on messages instead of raising."""


class MessageError(Exception):
    """Base class for errors in the email package."""


class MessageParseError(MessageError):
    """Base class for message parsing errors."""


class HeaderParseError(MessageParseError):
    """Error while parsing headers."""


class BoundaryError(MessageParseError):
    """Couldn't find terminating boundary."""


class MultipartConversionError(MessageError, TypeError):
    """Conversion to a multipart is prohibited."""


class CharsetError(MessageError):
    """An illegal charset was given."""


class HeaderWriteError(MessageError):
    """Error while writing headers."""


class MessageDefect(ValueError):
    """Base class for a message defect."""

    def __init__(self, line=None):
        if line is not None:
            super().__init__(line)
        self.line = line


def _defect(name, base=MessageDefect, doc=""):
    cls = type(name, (base,), {"__doc__": doc, "__module__": __name__})
    globals()[name] = cls
    return cls


_defect("NoBoundaryInMultipartDefect", doc="A message claimed to be a multipart but had no boundary parameter.")
_defect("StartBoundaryNotFoundDefect", doc="The claimed start boundary was never found.")
_defect("CloseBoundaryNotFoundDefect", doc="A start boundary was found, but not the corresponding close boundary.")
_defect("FirstHeaderLineIsContinuationDefect", doc="A message had a continuation line as its first header line.")
_defect("MisplacedEnvelopeHeaderDefect", doc="A 'Unix-from' header was found in the middle of a header block.")
_defect("MissingHeaderBodySeparatorDefect", doc="Found line with no leading whitespace and no colon before blank line.")
MalformedHeaderDefect = MissingHeaderBodySeparatorDefect
_defect("MultipartInvariantViolationDefect", doc="A message claimed to be a multipart but no subparts were found.")
_defect("InvalidMultipartContentTransferEncodingDefect", doc="An invalid content transfer encoding was set on the multipart itself.")
_defect("UndecodableBytesDefect", doc="Header contained bytes that could not be decoded")
_defect("InvalidBase64PaddingDefect", doc="base64 encoded sequence had an incorrect length")
_defect("InvalidBase64CharactersDefect", doc="base64 encoded sequence had characters not in base64 alphabet")
_defect("InvalidBase64LengthDefect", doc="base64 encoded sequence had invalid length (1 mod 4)")


class HeaderDefect(MessageDefect):
    """Base class for a header defect."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)


_defect("InvalidHeaderDefect", HeaderDefect, "Header is not valid, message gives details.")
_defect("HeaderMissingRequiredValue", HeaderDefect, "A header that must have a value had none")


class NonPrintableDefect(HeaderDefect):
    """ASCII characters outside the ascii-printable range found"""

    def __init__(self, non_printables):
        super().__init__(non_printables)
        self.non_printables = non_printables

    def __str__(self):
        return f"the following ASCII non-printables found in header: {self.non_printables}"


_defect("ObsoleteHeaderDefect", HeaderDefect, "Header uses syntax declared obsolete by RFC 5322")
_defect("NonASCIILocalPartDefect", HeaderDefect, "local_part contains non-ASCII characters")
_defect("InvalidDateDefect", HeaderDefect, "Header has unparsable or invalid date")

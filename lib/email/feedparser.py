"""email.feedparser: FeedParser reads a message fed in pieces. The text
is gathered until close(); then headers, body and (for multiparts) the
parts between boundary lines are read, defects recorded on the messages
rather than raised (compat32)."""

import re

from email import errors
from email._policybase import compat32

__all__ = ["FeedParser", "BytesFeedParser"]

_HEADER_NAME = re.compile(r"^([^\s:]+)[\t ]*:")
_EOL = ("\r\n", "\n", "\r")


def _strip_eol(line):
    for eol in _EOL:
        if line.endswith(eol):
            return line[:-len(eol)]
    return line


class FeedParser:
    def __init__(self, _factory=None, *, policy=compat32):
        self.policy = policy
        if _factory is None:
            from email.message import Message
            _factory = policy.message_factory or Message
        self._factory = _factory
        self._chunks = []
        self._headersonly = False

    def _set_headersonly(self):
        self._headersonly = True

    def feed(self, data):
        self._chunks.append(data)

    def close(self):
        text = "".join(self._chunks)
        self._chunks = []
        return self._parse(text, self._headersonly, "text/plain")

    def _new_message(self):
        try:
            return self._factory(policy=self.policy)
        except TypeError:
            return self._factory()

    def _parse(self, text, headersonly, default_type):
        msg = self._new_message()
        if default_type != "text/plain":
            msg.set_default_type(default_type)
        lines = text.splitlines(keepends=True)
        body_start = self._parse_headers(msg, lines)
        body = "".join(lines[body_start:])
        if headersonly:
            msg.set_payload(body)
            return msg
        maintype = msg.get_content_maintype()
        if maintype == "multipart":
            self._parse_multipart(msg, lines[body_start:])
        elif maintype == "message" and msg.get_content_subtype() == "rfc822":
            msg.set_payload([self._parse(body, False, "text/plain")])
        else:
            msg.set_payload(body)
        return msg

    def _parse_headers(self, msg, lines):
        """Adds the header block's headers to msg; returns the index of
        the first body line."""
        current = []
        i = 0
        for i, line in enumerate(lines):
            if line in _EOL:
                self._add_header(msg, current)
                return i + 1
            if line[0] in " \t":
                if not current:
                    self.policy.handle_defect(msg, errors.FirstHeaderLineIsContinuationDefect(line))
                    continue
                current.append(line)
                continue
            self._add_header(msg, current)
            current = []
            if line.startswith("From "):
                if i == 0:
                    msg.set_unixfrom(_strip_eol(line))
                    continue
                if i == len(lines) - 1:
                    return i
                self.policy.handle_defect(msg, errors.MisplacedEnvelopeHeaderDefect(line))
                continue
            if _HEADER_NAME.match(line):
                current = [line]
                continue
            # Not a header: the body starts here, without the blank line.
            self.policy.handle_defect(msg, errors.MissingHeaderBodySeparatorDefect())
            return i
        self._add_header(msg, current)
        return len(lines)

    def _add_header(self, msg, lines):
        if lines:
            msg.set_raw(*self.policy.header_source_parse(lines))

    def _parse_multipart(self, msg, lines):
        boundary = msg.get_boundary()
        if boundary is None:
            self.policy.handle_defect(msg, errors.NoBoundaryInMultipartDefect())
            msg.set_payload("".join(lines))
            return
        if str(msg.get("content-transfer-encoding", "8bit")).lower() not in ("7bit", "8bit", "binary"):
            self.policy.handle_defect(msg, errors.InvalidMultipartContentTransferEncodingDefect())
        separator = re.compile("^--" + re.escape(boundary) + r"(?P<end>--)?(?P<ws>[ \t]*)(?P<eol>\r\n|\r|\n)?$")
        default = "message/rfc822" if msg.get_content_subtype() == "digest" else "text/plain"
        parts, current, preamble, closed = [], None, [], False
        i = 0
        while i < len(lines):
            line = lines[i]
            match = separator.match(line)
            if match:
                if current is not None:
                    parts.append(current)
                if match.group("end"):
                    closed = True
                    i += 1
                    break
                current = []
            elif current is None:
                preamble.append(line)
            else:
                current.append(line)
            i += 1
        else:
            if current is not None:
                parts.append(current)
        if current is None and not parts:
            self.policy.handle_defect(msg, errors.StartBoundaryNotFoundDefect())
            msg.set_payload("".join(lines))
            self.policy.handle_defect(msg, errors.MultipartInvariantViolationDefect())
            return
        if not closed:
            self.policy.handle_defect(msg, errors.CloseBoundaryNotFoundDefect())
        msg.set_payload([])
        for part in parts:
            # The line end before a boundary belongs to the boundary.
            if part:
                part[-1] = _strip_eol(part[-1])
            msg.attach(self._parse("".join(part), False, default))
        if preamble:
            preamble[-1] = _strip_eol(preamble[-1])
            msg.preamble = "".join(preamble)
        if closed:
            msg.epilogue = "".join(lines[i:]) if i < len(lines) else ""
            if msg.epilogue == "":
                msg.epilogue = None if i >= len(lines) else ""


class BytesFeedParser(FeedParser):
    """A FeedParser fed bytes (decoded as ASCII with surrogateescape)."""

    def feed(self, data):
        super().feed(data.decode("ascii", "surrogateescape"))

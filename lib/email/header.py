"""email.header: RFC 2047 encoded words in headers — decode_header,
make_header, and Header for values in other character sets."""

import base64
import binascii
import re

from email import charset as _charset
from email import errors

__all__ = ["Header", "decode_header", "make_header"]

Charset = _charset.Charset
USASCII = Charset("us-ascii")
UTF8 = Charset("utf-8")
_ENCODED_WORD = re.compile(r"=\?(?P<charset>[^?]*?)\?(?P<encoding>[qQbB])\?(?P<encoded>.*?)\?=", re.VERBOSE | re.MULTILINE)


def _decode_q(text):
    data = text.replace("_", " ").encode("latin-1", "surrogateescape")
    return re.sub(rb"=([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), data)


def decode_header(header):
    """[(decoded, charset)] for each run of the header: plain text (str,
    None) when there are no encoded words, bytes otherwise."""
    if hasattr(header, "_chunks"):
        return [(string.encode("ascii" if str(cs) == _charset.UNKNOWN8BIT else (cs.output_codec or "ascii"),
                               "surrogateescape"), str(cs)) for string, cs in header._chunks]
    if not _ENCODED_WORD.search(header):
        return [(header, None)]
    words = []
    for line in header.splitlines():
        pieces = _ENCODED_WORD.split(line)
        first = True
        while pieces:
            unencoded = pieces.pop(0)
            if first:
                unencoded = unencoded.lstrip()
                first = False
            if unencoded:
                words.append((unencoded, None, None))
            if pieces:
                charset = pieces.pop(0).lower()
                encoding = pieces.pop(0).lower()
                encoded = pieces.pop(0)
                words.append((encoded, encoding, charset))
    # White space between two encoded words is dropped.
    kept = []
    for n, w in enumerate(words):
        if n > 0 and n < len(words) - 1 and w[1] is None and w[0].isspace() and words[n - 1][1] and words[n + 1][1]:
            continue
        kept.append(w)
    decoded = []
    for encoded, encoding, charset in kept:
        if encoding is None:
            decoded.append((encoded, charset))
        elif encoding == "q":
            decoded.append((_decode_q(encoded), charset))
        else:
            padded = encoded + "==="[:-len(encoded) % 4] if len(encoded) % 4 else encoded
            try:
                decoded.append((base64.b64decode(padded), charset))
            except binascii.Error:
                raise errors.HeaderParseError("Base64 decoding error") from None
    # Adjacent runs in the same charset are joined.
    collapsed = []
    last_word = last_charset = None
    for word, charset in decoded:
        if isinstance(word, str):
            word = word.encode("raw-unicode-escape")
        if last_word is None:
            last_word, last_charset = word, charset
        elif charset != last_charset:
            collapsed.append((last_word, last_charset))
            last_word, last_charset = word, charset
        elif last_charset is None:
            last_word += b" " + word
        else:
            last_word += word
    collapsed.append((last_word, last_charset))
    return collapsed


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=" "):
    h = Header(maxlinelen=maxlinelen, header_name=header_name, continuation_ws=continuation_ws)
    for s, charset in decoded_seq:
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        h.append(s, charset)
    return h


class Header:
    """A header value made of runs of text, each in a character set."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None, continuation_ws=" ",
                 errors="strict"):
        if charset is None:
            charset = USASCII
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        self._maxlinelen = 76 if maxlinelen is None else maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2

    def __str__(self):
        """The text of the runs; a space separates an encoded run from a
        plain one unless white space (or a comment paren) is already there."""
        def loose(c):
            return c.isspace() or c in "()\\"
        out = []
        last_cs, last_loose = None, False
        for string, charset in self._chunks:
            cs = str(charset)
            if cs == _charset.UNKNOWN8BIT:
                string = string.encode("ascii", "surrogateescape").decode("ascii", "replace")
            plain = cs in ("None", "us-ascii")
            if out:
                if last_cs is not None and last_cs not in ("us-ascii",):
                    if plain and not (string and loose(string[0])):
                        out.append(" ")
                        cs = None
                elif not plain and not last_loose:
                    out.append(" ")
            last_loose = bool(string) and loose(string[-1])
            last_cs = None if cs in (None, "None") else cs
            out.append(string)
        return "".join(out)

    def __eq__(self, other):
        return other == str(self)

    def append(self, s, charset=None, errors="strict"):
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        if not isinstance(s, str):
            codec = charset.input_codec or "us-ascii"
            s = s.decode(codec, errors)
        self._chunks.append((s, charset))

    def encode(self, splitchars=";, \t", maxlinelen=None, linesep="\n"):
        """The header as ASCII text: runs in us-ascii as they are, others
        as encoded words (one per run; long runs are not split)."""
        out = []
        for string, charset in self._chunks:
            if str(charset) in ("us-ascii", _charset.UNKNOWN8BIT) or charset.header_encoding is None:
                try:
                    string.encode("ascii")
                    out.append(string)
                    continue
                except UnicodeEncodeError:
                    charset = UTF8
            out.append(charset.header_encode(string))
        return " ".join(out)

"""email.charset: what a character set needs when it appears in mail —
its MIME name and the encodings for headers and bodies."""

from email import errors

__all__ = ["Charset", "add_alias", "add_charset", "add_codec"]

QP = 1
BASE64 = 2
SHORTEST = 3
DEFAULT_CHARSET = "us-ascii"
UNKNOWN8BIT = "unknown-8bit"
EMPTYSTRING = ""

# charset: (header encoding, body encoding, output charset)
CHARSETS = {
    "iso-8859-1": (QP, QP, None), "iso-8859-2": (QP, QP, None), "iso-8859-3": (QP, QP, None),
    "iso-8859-4": (QP, QP, None), "iso-8859-9": (QP, QP, None), "iso-8859-10": (QP, QP, None),
    "iso-8859-13": (QP, QP, None), "iso-8859-14": (QP, QP, None), "iso-8859-15": (QP, QP, None),
    "iso-8859-16": (QP, QP, None), "windows-1252": (QP, QP, None), "viscii": (QP, QP, None),
    "us-ascii": (None, None, None), "big5": (BASE64, BASE64, None), "gb2312": (BASE64, BASE64, None),
    "euc-jp": (BASE64, None, "iso-2022-jp"), "shift_jis": (BASE64, None, "iso-2022-jp"),
    "iso-2022-jp": (BASE64, None, None), "koi8-r": (BASE64, BASE64, None), "utf-8": (SHORTEST, BASE64, "utf-8"),
}
ALIASES = {
    "latin_1": "iso-8859-1", "latin-1": "iso-8859-1", "latin_2": "iso-8859-2", "latin-2": "iso-8859-2",
    "latin_3": "iso-8859-3", "latin-3": "iso-8859-3", "latin_4": "iso-8859-4", "latin-4": "iso-8859-4",
    "latin_5": "iso-8859-9", "latin-5": "iso-8859-9", "latin_6": "iso-8859-10", "latin-6": "iso-8859-10",
    "latin_7": "iso-8859-13", "latin-7": "iso-8859-13", "latin_8": "iso-8859-14", "latin-8": "iso-8859-14",
    "latin_9": "iso-8859-15", "latin-9": "iso-8859-15", "latin_10": "iso-8859-16", "latin-10": "iso-8859-16",
    "cp949": "ks_c_5601-1987", "euc_jp": "euc-jp", "euc_kr": "euc-kr", "ascii": "us-ascii",
}
CODEC_MAP = {"gb2312": "eucgb2312_cn", "big5": "big5_tw", "us-ascii": None}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    if body_enc == SHORTEST:
        raise ValueError("SHORTEST not allowed for body_enc")
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    CODEC_MAP[charset] = codecname


class Charset:
    def __init__(self, input_charset=DEFAULT_CHARSET):
        try:
            if isinstance(input_charset, str):
                input_charset.encode("ascii")
            else:
                input_charset = str(input_charset, "ascii")
        except UnicodeError:
            raise errors.CharsetError(input_charset) from None
        input_charset = input_charset.lower()
        self.input_charset = ALIASES.get(input_charset, input_charset)
        henc, benc, conv = CHARSETS.get(self.input_charset, (SHORTEST, BASE64, None))
        if not conv:
            conv = self.input_charset
        self.header_encoding = henc
        self.body_encoding = benc
        self.output_charset = ALIASES.get(conv, conv)
        self.input_codec = CODEC_MAP.get(self.input_charset, self.input_charset)
        self.output_codec = CODEC_MAP.get(self.output_charset, self.output_charset)

    def __repr__(self):
        return self.input_charset.lower()

    __str__ = __repr__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def get_body_encoding(self):
        assert self.body_encoding != SHORTEST
        if self.body_encoding == QP:
            return "quoted-printable"
        if self.body_encoding == BASE64:
            return "base64"
        return "7bit"

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def header_encode(self, string):
        """One RFC 2047 encoded word for the whole string."""
        codec = self.output_codec or "us-ascii"
        data = string.encode(codec) if isinstance(string, str) else string
        if self.header_encoding is None:
            return string
        import base64
        b = "=?%s?b?%s?=" % (self.get_output_charset(), base64.b64encode(data).decode("ascii"))
        if self.header_encoding == BASE64:
            return b
        q = "=?%s?q?%s?=" % (self.get_output_charset(), _q_encode(data))
        if self.header_encoding == QP:
            return q
        return q if len(q) < len(b) else b

    def body_encode(self, string):
        if not string:
            return string
        if self.body_encoding == BASE64:
            import base64
            data = string.encode(self.output_charset) if isinstance(string, str) else string
            encoded = base64.encodebytes(data).decode("ascii")
            return encoded
        if self.body_encoding == QP:
            import quopri
            data = string.encode(self.output_charset) if isinstance(string, str) else string
            return quopri.encodestring(data).decode("latin-1")
        return string


def _q_encode(data):
    out = []
    for byte in data:
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif c.isalnum() and byte < 128 or c in "-!*+/":
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "".join(out)

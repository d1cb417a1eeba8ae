"""_codecs: encode and decode through the codecs built into str and bytes.

ferropy's codecs live in the runtime (str.encode, bytes.decode); this
module offers the functions scripts call and the byte-order marks. Codec
registration and incremental coders are not here yet.
"""

__all__ = ["encode", "decode", "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_BE", "BOM_UTF16_LE",
           "BOM_UTF32", "BOM_UTF32_BE", "BOM_UTF32_LE"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
BOM_UTF16 = BOM = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE


def encode(obj, encoding="utf-8", errors="strict"):
    """Encodes obj using the codec registered for encoding."""
    if not isinstance(obj, str):
        raise NotImplementedError(f"codecs.encode of a {type(obj).__name__!r} object is not supported by ferropy yet "
                                  "(only text codecs)")
    return obj.encode(encoding, errors)


def decode(obj, encoding="utf-8", errors="strict"):
    """Decodes obj using the codec registered for encoding."""
    if isinstance(obj, str):
        raise NotImplementedError("codecs.decode of a str is not supported by ferropy yet (only text codecs)")
    return bytes(obj).decode(encoding, errors)


def __getattr__(name):
    raise NotImplementedError(f"codecs.{name} is not supported by ferropy yet")

"""The codecs written in Python: codecs.lookup asks search_function for
an encoding the runtime does not implement itself; each codec is a
module here with getregentry() returning its CodecInfo."""

import codecs

_cache = {}
_unknown = "--unknown--"

from .aliases import aliases as _all_aliases

# Other names of the codecs written in Python here.
_extra_aliases = {
    "rot13": "rot_13",
    "hex": "hex_codec",
    "base64": "base64_codec",
    "base_64": "base64_codec",
    "zlib": "zlib_codec",
    "zip": "zlib_codec",
    "unicode_internal": _unknown,
    "unicodeescape": "unicode_escape",
    "rawunicodeescape": "raw_unicode_escape",
}


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Runs of characters other than letters, digits and dots become one
    underscore (leading and trailing ones dropped)."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == ".":
            if punct and chars:
                chars.append("_")
            chars.append(c)
            punct = False
        else:
            punct = True
    return "".join(chars)


def search_function(encoding):
    entry = _cache.get(encoding, _unknown)
    if entry is not _unknown:
        return entry
    norm = normalize_encoding(encoding).lower()
    modname = _extra_aliases.get(norm) or _all_aliases.get(norm) or _all_aliases.get(norm.replace(".", "_")) or norm
    if modname == _unknown or not modname.isidentifier():
        _cache[encoding] = None
        return None
    try:
        module = __import__("encodings." + modname, fromlist=["getregentry"], level=0)
    except ImportError:
        module = None
    getregentry = getattr(module, "getregentry", None)
    if getregentry is None:
        _cache[encoding] = None
        return None
    entry = getregentry()
    if not isinstance(entry, codecs.CodecInfo):
        raise CodecRegistryError(f"module {module.__name__!r} ({module.__file__!r}) failed to register")
    _cache[encoding] = entry
    return entry

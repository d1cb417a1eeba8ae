"""Escaping and unescaping text for HTML."""

import re as _re

from html.entities import html5 as _html5

from ._charrefs import invalid_charrefs as _invalid_charrefs, invalid_codepoints as _invalid_codepoints

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """Replace &, < and > (and, if quote, both quote characters) by HTML
    character references."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


def _replace_charref(match):
    ref = match.group(1)
    if ref[0] == "#":
        # A numeric reference: the HTML5 rules for bad code points.
        if ref[1] in "xX":
            num = int(ref[2:].rstrip(";"), 16)
        else:
            num = int(ref[1:].rstrip(";"))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return "\uFFFD"
        if num in _invalid_codepoints:
            return ""
        return chr(num)
    # A named reference; without its semicolon, the longest known prefix.
    if ref in _html5:
        return _html5[ref]
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in _html5:
            return _html5[ref[:end]] + ref[end:]
    return "&" + ref


_charref = _re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


def unescape(s):
    """Replace the character references in s (named, decimal and
    hexadecimal) by the characters they stand for, as HTML5 does."""
    if "&" not in s:
        return s
    return _charref.sub(_replace_charref, s)

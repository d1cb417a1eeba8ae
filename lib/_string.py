"""The string helpers under string.Formatter (CPython's C `_string`):
parsing a format string and splitting a field name. They are ferropy's
string module's own parser, exposed under CPython's names."""

import string as _string_module


def formatter_parser(format_string):
    """(literal_text, field_name, format_spec, conversion) for each piece
    of a format string."""
    if not isinstance(format_string, str):
        raise TypeError("expected str, got %s" % type(format_string).__name__)
    return iter(_string_module._parse_format(format_string))


def formatter_field_name_split(field_name):
    """(first, rest): the first part of a field name and an iterator of
    (is_attribute, key) steps after it."""
    if not isinstance(field_name, str):
        raise TypeError("expected str, got %s" % type(field_name).__name__)
    first, rest = _string_module._split_field_name(field_name)
    return first, iter(rest)

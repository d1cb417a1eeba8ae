"""locale: the program's locale settings.

ferropy knows the locales every Linux system has: C (also called POSIX)
and C.UTF-8. Their conventions are the C ones (a '.' decimal point, no
grouping, no currency), so formatting here is plain Python formatting.
Asking for any other locale raises locale.Error (as CPython does where
that locale is not installed), saying that ferropy lacks it.
"""

import os as _os

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "getencoding", "Error", "setlocale",
           "resetlocale", "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_ALL", "LC_MESSAGES",
           "CHAR_MAX", "getencoding", "localize", "delocalize"]

_builtin_str = str

LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = 0, 1, 2, 3, 4, 5, 6
CHAR_MAX = 127

# glibc's categories, in the order its composite names list them; the
# last six have no constants in Python.
_CATEGORIES = ["LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_PAPER",
               "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"]
_CATEGORY_INDEX = {LC_CTYPE: 0, LC_NUMERIC: 1, LC_TIME: 2, LC_COLLATE: 3, LC_MONETARY: 4, LC_MESSAGES: 5}


class Error(Exception):
    __module__ = "locale"


def _known(name):
    """The name setlocale reports for a locale ferropy has, or None."""
    if name in ("C", "POSIX"):
        return "C"
    if name.lower().replace("-", "") in ("c.utf8",):
        return name
    return None


def _from_environment(category_name):
    for var in ("LC_ALL", category_name, "LANG"):
        value = _os.environ.get(var)
        if value:
            return value
    return "C"


# Python starts with LC_CTYPE from the environment, the rest "C".
_current = ["C"] * len(_CATEGORIES)
_current[0] = _known(_from_environment("LC_CTYPE")) or "C"


def setlocale(category, locale=None):
    """Set the locale for the given category, or return it."""
    if category not in _CATEGORY_INDEX and category != LC_ALL:
        raise Error("locale query failed" if locale is None else "unsupported locale setting")
    if locale is not None and not isinstance(locale, _builtin_str):
        if hasattr(locale, "__iter__"):
            locale = normalize(_build_localename(locale))
        else:
            raise TypeError("setlocale(): argument 2 must be str or None")
    if locale is None:
        if category == LC_ALL:
            if len(set(_current)) == 1:
                return _current[0]
            return ";".join(f"{name}={value}" for name, value in zip(_CATEGORIES, _current))
        return _current[_CATEGORY_INDEX[category]]
    indices = range(len(_CATEGORIES)) if category == LC_ALL else [_CATEGORY_INDEX[category]]
    chosen = {}
    for i in indices:
        name = locale or _from_environment(_CATEGORIES[i])
        if _known(name) is None:
            raise Error("unsupported locale setting (ferropy has only the C, POSIX and C.UTF-8 locales)")
        chosen[i] = _known(name)
    for i, name in chosen.items():
        _current[i] = name
    return setlocale(category)


def resetlocale(category=LC_ALL):
    setlocale(category, "")


def localeconv():
    """The numeric and monetary conventions of the current locale (C's)."""
    return {"int_curr_symbol": "", "currency_symbol": "", "mon_decimal_point": "", "mon_thousands_sep": "",
            "mon_grouping": [], "positive_sign": "", "negative_sign": "", "int_frac_digits": CHAR_MAX,
            "frac_digits": CHAR_MAX, "p_cs_precedes": CHAR_MAX, "p_sep_by_space": CHAR_MAX,
            "n_cs_precedes": CHAR_MAX, "n_sep_by_space": CHAR_MAX, "p_sign_posn": CHAR_MAX, "n_sign_posn": CHAR_MAX,
            "decimal_point": ".", "thousands_sep": "", "grouping": []}


# CPython's alias table says what these names stand for.
_ALIASES = {"c": "C", "posix": "C", "c.ascii": "C", "c.utf8": "en_US.UTF-8", "c.utf-8": "en_US.UTF-8",
            "en_us": "en_US.ISO8859-1", "en_us.utf8": "en_US.UTF-8", "en_us.utf-8": "en_US.UTF-8",
            "en_gb": "en_GB.ISO8859-1", "de_de": "de_DE.ISO8859-1", "fr_fr": "fr_FR.ISO8859-1"}
_ENCODINGS = {"utf8": "UTF-8", "utf-8": "UTF-8", "latin1": "ISO8859-1", "iso88591": "ISO8859-1",
              "iso8859-1": "ISO8859-1", "ascii": "ISO8859-1", "iso885915": "ISO8859-15"}


def normalize(localename):
    """A locale name in the form setlocale takes, as CPython's table has it."""
    lower = localename.lower()
    if ":" in lower:
        lower = lower.replace(":", ".")
    if lower in _ALIASES:
        return _ALIASES[lower]
    lang, dot, encoding = localename.partition(".")
    if dot:
        base = _ALIASES.get(lang.lower(), lang).partition(".")[0]
        return base + "." + _ENCODINGS.get(encoding.lower().replace("_", ""), encoding)
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if "@" in code:
        code, _, modifier = code.partition("@")
        if modifier == "euro" and "." not in code:
            return code, "iso-8859-15"
    if "." in code:
        return tuple(code.split(".")[:2])
    if code == "C":
        return None, None
    if code == "UTF-8":
        return None, "UTF-8"
    raise ValueError(f"unknown locale: {localename}")


def _build_localename(localetuple):
    language, encoding = localetuple
    if language is None:
        language = "C"
    return language if encoding is None else language + "." + encoding


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the current setting for category."""
    return _parse_localename(setlocale(category))


def getdefaultlocale(envvars=("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")):
    import warnings
    warnings.warn("Use setlocale(), getencoding() and getlocale() instead", DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = _os.environ.get(variable)
        if localename:
            if variable == "LANGUAGE":
                localename = localename.split(":")[0]
            break
    else:
        localename = "C"
    return _parse_localename(localename)


def getencoding():
    """The current locale encoding (UTF-8: Python's UTF-8 mode in C)."""
    return "UTF-8"


def getpreferredencoding(do_setlocale=True):
    return "UTF-8"


def strcoll(a, b):
    """Compares two strings by the current collation (code points in C)."""
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def format_string(f, val, grouping=False, monetary=False):
    """Formats with the % operator, by the current locale's conventions
    (the C locale's: no grouping, '.' as the decimal point)."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    """Converts a float to a string like str(), by the current locale."""
    return format_string("%.12g", val)


def delocalize(string):
    """Parses a string as a normalized number by the locale's conventions."""
    conv = localeconv()
    if conv["thousands_sep"]:
        string = string.replace(conv["thousands_sep"], "")
    if conv["decimal_point"] != ".":
        string = string.replace(conv["decimal_point"], ".")
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))

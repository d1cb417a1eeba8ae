"""The message of a failed assertEqual: CPython's wording for each kind
of value (lists, tuples, dicts, sets, strings), with ndiff of the
pretty-printed values, shortened as CPython shortens them."""

from unittest.case import safe_repr

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN + _MIN_END_LEN)
_DIFF_THRESHOLD = 2 ** 16


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        return "%s[%d chars]%s" % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _common_prefix(texts):
    first, last = min(texts), max(texts)
    for i, ch in enumerate(first):
        if ch != last[i]:
            return first[:i]
    return first


def common_shorten_repr(*args):
    """The reprs of the values, their common start and long tails cut."""
    reprs = tuple(safe_repr(a) for a in args)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _common_prefix(reprs)
    n = len(prefix)
    keep = _MAX_LENGTH - (longest - n + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if keep > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, keep)
        return tuple(prefix + r[n:] for r in reprs)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(r[n:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def explain_difference(case, first, second):
    kind = type(first)
    if kind is type(second):
        if kind is list:
            return _sequences(case, first, second, "List")
        if kind is tuple:
            return _sequences(case, first, second, "Tuple")
        if kind is dict:
            return _dicts(case, first, second)
        if kind in (set, frozenset):
            return _sets(first, second)
        if kind is str:
            return _strings(case, first, second)
    return "%s != %s" % common_shorten_repr(first, second)


def _ndiff_of_pformats(a, b):
    import difflib
    import pprint
    return "\n" + "\n".join(difflib.ndiff(pprint.pformat(a).splitlines(), pprint.pformat(b).splitlines()))


def _sequences(case, seq1, seq2, name):
    len1, len2 = len(seq1), len(seq2)
    message = "%ss differ: %s != %s\n" % ((name,) + common_shorten_repr(seq1, seq2))
    for i in range(min(len1, len2)):
        item1, item2 = seq1[i], seq2[i]
        if item1 != item2:
            message += "\nFirst differing element %d:\n%s\n%s\n" % ((i,) + common_shorten_repr(item1, item2))
            break
    else:
        if len1 == len2:
            return message
    if len1 > len2:
        message += "\nFirst %s contains %d additional elements.\n" % (name.lower(), len1 - len2)
        message += "First extra element %d:\n%s\n" % (len2, safe_repr(seq1[len2]))
    elif len1 < len2:
        message += "\nSecond %s contains %d additional elements.\n" % (name.lower(), len2 - len1)
        message += "First extra element %d:\n%s\n" % (len1, safe_repr(seq2[len1]))
    return case._truncateMessage(message, _ndiff_of_pformats(seq1, seq2))


def _dicts(case, d1, d2):
    message = "%s != %s" % common_shorten_repr(d1, d2)
    return case._truncateMessage(message, _ndiff_of_pformats(d1, d2))


def _sets(set1, set2):
    only1 = set1.difference(set2)
    only2 = set2.difference(set1)
    lines = []
    if only1:
        lines.append("Items in the first set but not the second:")
        lines.extend(repr(item) for item in only1)
    if only2:
        lines.append("Items in the second set but not the first:")
        lines.extend(repr(item) for item in only2)
    return "\n".join(lines)


def _strings(case, first, second):
    message = "%s != %s" % common_shorten_repr(first, second)
    if len(first) > _DIFF_THRESHOLD or len(second) > _DIFF_THRESHOLD:
        return message
    import difflib
    first_lines = first.splitlines(keepends=True)
    second_lines = second.splitlines(keepends=True)
    if len(first_lines) == 1 and first.strip("\r\n") == first:
        first_lines = [first + "\n"]
        second_lines = [second + "\n"]
    diff = "\n" + "".join(difflib.ndiff(first_lines, second_lines))
    return case._truncateMessage(message, diff)

"""Shell-style wildcards: the `fnmatch` module.

`*` matches anything, `?` one character, `[seq]` one character in seq,
`[!seq]` one not in seq. Matching is done directly on the pattern (there
is no `re` module yet, so translate() is not provided).
"""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase"]


def _parse(pattern):
    """The pattern as a list of ("any",), ("one",), ("set", negate, chars),
    ("lit", c) tokens."""
    tokens = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        i += 1
        if c == "*":
            if not tokens or tokens[-1] != ("any",):
                tokens.append(("any",))
        elif c == "?":
            tokens.append(("one",))
        elif c == "[":
            j = i
            if j < n and pattern[j] == "!":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 1
            if j >= n:
                tokens.append(("lit", "["))
                continue
            body = pattern[i:j]
            i = j + 1
            negate = body.startswith("!")
            if negate:
                body = body[1:]
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    if body[k] <= body[k + 2]:
                        ranges.append((body[k], body[k + 2]))
                    k += 3
                else:
                    ranges.append((body[k], body[k]))
                    k += 1
            tokens.append(("set", negate, ranges))
        else:
            tokens.append(("lit", c))
    return tokens


def _match(tokens, name):
    # Backtracking over the last '*' seen, as shell matchers do.
    t = s = 0
    star_t = star_s = -1
    while s < len(name):
        if t < len(tokens):
            tok = tokens[t]
            kind = tok[0]
            if kind == "any":
                star_t, star_s = t, s
                t += 1
                continue
            ch = name[s]
            if kind == "one" or (kind == "lit" and tok[1] == ch) or (
                    kind == "set" and (any(lo <= ch <= hi for lo, hi in tok[2]) != tok[1])):
                t += 1
                s += 1
                continue
        if star_t >= 0:
            t = star_t + 1
            star_s += 1
            s = star_s
            continue
        return False
    while t < len(tokens) and tokens[t] == ("any",):
        t += 1
    return t == len(tokens)


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    return _match(_parse(pat), name)


def fnmatch(name, pat):
    """Whether name matches pat (case as the OS compares it: exact here)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The names that match pat."""
    tokens = _parse(os.path.normcase(pat))
    return [name for name in names if _match(tokens, os.path.normcase(name))]

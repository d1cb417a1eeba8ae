"""Shell-style wildcards: the `fnmatch` module.

`*` matches anything, `?` one character, `[seq]` one character in seq,
`[!seq]` one not in seq. Matching is done directly on the pattern (there
is no `re` module yet, so translate() is not provided).
"""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


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


def _translate_set(pat, i, j):
    """The regular-expression class for the glob set pat[i:j] (the text
    between [ and ]); "" when it matches nothing (an empty range)."""
    import re
    stuff = pat[i:j]
    if "-" not in stuff:
        stuff = stuff.replace("\\", r"\\")
    else:
        # Split at the hyphens of ranges, then drop ranges that are empty
        # (z-a): a regular expression would reject them.
        chunks = []
        k = i + 2 if pat[i] == "!" else i + 1
        while True:
            k = pat.find("-", k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += "-"
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        stuff = "-".join(c.replace("\\", r"\\").replace("-", r"\-") for c in chunks)
    # &&, ~~ and || could be set operations in a future re: escape them.
    return re.sub(r"([&~|])", r"\\\1", stuff)


def translate(pat):
    """The regular expression (text) that matches what the shell pattern
    `pat` matches, as CPython 3.11 writes it: * runs collapse, a * between
    fixed parts becomes an atomic lazy group, and the whole is
    (?s:...)\\Z."""
    import re
    star = object()
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not parts or parts[-1] is not star:
                parts.append(star)
        elif c == "?":
            parts.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                parts.append("\\[")
                continue
            stuff = _translate_set(pat, i, j)
            i = j + 1
            if not stuff:
                parts.append("(?!)")
            elif stuff == "!":
                parts.append(".")
            else:
                if stuff[0] == "!":
                    stuff = "^" + stuff[1:]
                elif stuff[0] in ("^", "["):
                    stuff = "\\" + stuff
                parts.append(f"[{stuff}]")
        else:
            parts.append(re.escape(c))
    # Fixed text, then (star, fixed text) pairs.
    out = []
    i, n = 0, len(parts)
    while i < n and parts[i] is not star:
        out.append(parts[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append(".*")
            break
        fixed = []
        while i < n and parts[i] is not star:
            fixed.append(parts[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            out.append(".*")
            out.append(fixed)
        else:
            out.append(f"(?>.*?{fixed})")
    body = "".join(out)
    return rf"(?s:{body})\Z"

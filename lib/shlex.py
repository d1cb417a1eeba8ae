"""Shell-like splitting and quoting: the `shlex` module (split, join,
quote in POSIX mode; the shlex lexer class is not there yet)."""

__all__ = ["split", "join", "quote"]

_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./-_")


def quote(s):
    """A shell-escaped version of s."""
    if not s:
        return "''"
    if all(c in _SAFE for c in s) and s.isascii():
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    return " ".join(quote(arg) for arg in split_command)


def split(s, comments=False, posix=True):
    """Splits s like a POSIX shell: quotes group, backslashes escape."""
    if s is None:
        raise ValueError("s argument must not be None")
    if not posix:
        raise NotImplementedError("shlex.split(posix=False) is not supported by ferropy yet")
    words = []
    word = None
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in " \t\r\n":
            if word is not None:
                words.append(word)
                word = None
            i += 1
        elif comments and c == "#":
            # A comment starts at any unquoted '#', even inside a word.
            if word is not None:
                words.append(word)
                word = None
            while i < n and s[i] != "\n":
                i += 1
        elif c == "\\":
            if i + 1 >= n:
                raise ValueError("No escaped character")
            word = (word or "") + s[i + 1]
            i += 2
        elif c == "'":
            end = s.find("'", i + 1)
            if end < 0:
                raise ValueError("No closing quotation")
            word = (word or "") + s[i + 1:end]
            i = end + 1
        elif c == '"':
            i += 1
            part = []
            while True:
                if i >= n:
                    raise ValueError("No closing quotation")
                c = s[i]
                if c == '"':
                    i += 1
                    break
                if c == "\\" and i + 1 < n and s[i + 1] in '"\\$`\n':
                    part.append(s[i + 1])
                    i += 2
                    continue
                part.append(c)
                i += 1
            word = (word or "") + "".join(part)
        else:
            word = (word or "") + c
            i += 1
    if word is not None:
        words.append(word)
    return words

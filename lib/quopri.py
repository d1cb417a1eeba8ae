"""quopri: quoted-printable encoding (RFC 1521) of binary data."""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b"="
MAXLINESIZE = 76
HEX = b"0123456789ABCDEF"
EMPTYSTRING = b""


def needsquoting(c, quotetabs, header):
    """Whether the byte value c must be written as =XX."""
    if c in b" \t":
        return quotetabs
    if c == b"_":
        return header
    return c == ESCAPE or not (b" " <= c <= b"~")


def quote(c):
    i = ord(c)
    return ESCAPE + bytes((HEX[i // 16], HEX[i % 16]))


def _encode_line(line, quotetabs, header):
    out = []
    for i in range(len(line)):
        c = line[i:i + 1]
        if header and c == b" ":
            out.append(b"_")
        elif needsquoting(c, quotetabs, header):
            out.append(quote(c))
        else:
            out.append(c)
    # Trailing white space is made visible.
    if out and out[-1] in (b" ", b"\t"):
        out[-1] = quote(out[-1])
    text = b"".join(out)
    pieces = []
    while len(text) > MAXLINESIZE:
        cut = MAXLINESIZE - 1
        while text[cut - 2:cut - 1] == ESCAPE or text[cut - 1:cut] == ESCAPE:
            cut -= 1
        pieces.append(text[:cut] + b"=")
        text = text[cut:]
    pieces.append(text)
    return pieces


def encodestring(s, quotetabs=False, header=False):
    lines = s.split(b"\n")
    out = []
    for i, line in enumerate(lines):
        ending = b"\n" if i < len(lines) - 1 else b""
        if line.endswith(b"\r"):
            line = line[:-1]
            ending = b"\r\n" if ending else b""
            if not ending:
                line += b"\r"
        if i == len(lines) - 1 and not line:
            break
        pieces = _encode_line(line, quotetabs, header)
        out.append(b"\n".join(pieces) + (b"\n" if ending else b""))
    return b"".join(out)


def decodestring(s, header=False):
    out = bytearray()
    lines = s.split(b"\n")
    for i, line in enumerate(lines):
        last = i == len(lines) - 1
        if not line and last:
            break
        if line.endswith(b"\r"):
            line = line[:-1]
        line = line.rstrip(b" \t")
        soft = line.endswith(b"=")
        if soft:
            line = line[:-1]
        j = 0
        while j < len(line):
            c = line[j:j + 1]
            if header and c == b"_":
                out += b" "
                j += 1
            elif c == ESCAPE and j + 2 < len(line) + 0 + 1 and _ishex(line[j + 1:j + 3]):
                out.append(int(line[j + 1:j + 3], 16))
                j += 3
            else:
                out += c
                j += 1
        if not soft and not last:
            out += b"\n"
    return bytes(out)


def _ishex(two):
    return len(two) == 2 and all(ch in b"0123456789abcdefABCDEF" for ch in two)


def encode(input, output, quotetabs, header=False):
    output.write(encodestring(input.read(), quotetabs, header))


def decode(input, output, header=False):
    output.write(decodestring(input.read(), header))

"""The punycode codec (RFC 3492): Unicode text as ASCII letters, digits
and hyphens, as IDNA uses it for domain labels."""

import codecs

_BASE = 36
_TMIN = 1
_TMAX = 26
_SKEW = 38
_DAMP = 700
_INITIAL_BIAS = 72
_INITIAL_N = 0x80
_DIGITS = b"abcdefghijklmnopqrstuvwxyz0123456789"


def _adapt(delta, numpoints, first):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // numpoints
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _threshold(k, bias):
    if k <= bias:
        return _TMIN
    if k >= bias + _TMAX:
        return _TMAX
    return k - bias


def punycode_encode(text):
    """The RFC 3492 encoding of a str, as bytes."""
    basic = bytes(ord(c) for c in text if ord(c) < 0x80)
    out = bytearray()
    n = _INITIAL_N
    delta = 0
    bias = _INITIAL_BIAS
    handled = len(basic)
    points = [ord(c) for c in text]
    while handled < len(points):
        m = min(p for p in points if p >= n)
        delta += (m - n) * (handled + 1)
        n = m
        for p in points:
            if p < n:
                delta += 1
            elif p == n:
                q = delta
                k = _BASE
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    out.append(_DIGITS[t + (q - t) % (_BASE - t)])
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                out.append(_DIGITS[q])
                bias = _adapt(delta, handled + 1, handled == len(basic))
                delta = 0
                handled += 1
        delta += 1
        n += 1
    if basic:
        return basic + b"-" + bytes(out)
    return bytes(out)


def _digit_value(byte):
    if 0x41 <= byte <= 0x5A:
        return byte - 0x41
    if 0x61 <= byte <= 0x7A:
        return byte - 0x61
    if 0x30 <= byte <= 0x39:
        return byte - 22
    return None


def punycode_decode(text, errors):
    """The str a punycode (bytes or str) encodes."""
    if isinstance(text, str):
        text = text.encode("ascii")
    elif not isinstance(text, bytes):
        text = bytes(text)
    pos = text.rfind(b"-")
    if pos == -1:
        base, extended = "", str(text, "ascii").upper()
    else:
        base, extended = str(text[:pos], "ascii", errors), str(text[pos + 1:], "ascii").upper()
    result = list(base)
    n = _INITIAL_N
    i = 0
    bias = _INITIAL_BIAS
    position = 0
    while position < len(extended):
        old_i = i
        weight = 1
        k = _BASE
        while True:
            if position >= len(extended):
                if errors == "strict":
                    raise UnicodeError("incomplete punicode string")
                return "".join(result)
            digit = _digit_value(ord(extended[position]))
            position += 1
            if digit is None:
                if errors == "strict":
                    raise UnicodeError(f"Invalid extended code point '{extended[position - 1]}'")
                return "".join(result)
            i += digit * weight
            t = _threshold(k, bias)
            if digit < t:
                break
            weight *= _BASE - t
            k += _BASE
        bias = _adapt(i - old_i, len(result) + 1, old_i == 0)
        n += i // (len(result) + 1)
        i %= len(result) + 1
        if n > 0x10FFFF:
            if errors == "strict":
                raise UnicodeError(f"Invalid character U+{n:x}")
            n = ord("?")
        result.insert(i, chr(n))
        i += 1
    return "".join(result)


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        res = punycode_encode(input)
        return res, len(input)

    def decode(self, input, errors="strict"):
        if errors not in ("strict", "replace", "ignore"):
            raise UnicodeError(f"Unsupported error handling {errors}")
        res = punycode_decode(input, errors)
        return res, len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return punycode_encode(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        if self.errors not in ("strict", "replace", "ignore"):
            raise UnicodeError(f"Unsupported error handling {self.errors}")
        return punycode_decode(input, self.errors)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name="punycode", encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)

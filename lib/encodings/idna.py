"""The idna codec: internationalised domain names (RFC 3490, IDNA 2003)
— each label run through nameprep (RFC 3491) and punycode with the
'xn--' prefix, and back.

nameprep normalises with this Unicode version's NFKC, not Unicode 3.2's;
the two differ only for characters added since 3.2."""

import codecs
import re
import unicodedata

import stringprep

# The label separators RFC 3490 section 3.1 names.
dots = re.compile("[\u002e\u3002\uff0e\uff61]")
ace_prefix = b"xn--"
sace_prefix = "xn--"


def nameprep(label):
    """RFC 3491: map, normalise, refuse prohibited characters, check the
    bidirectional rules."""
    newlabel = [stringprep.map_table_b2(c) for c in label if not stringprep.in_table_b1(c)]
    label = unicodedata.normalize("NFKC", "".join(newlabel))
    for c in label:
        if (stringprep.in_table_c12(c) or stringprep.in_table_c22(c) or stringprep.in_table_c3(c)
                or stringprep.in_table_c4(c) or stringprep.in_table_c5(c) or stringprep.in_table_c6(c)
                or stringprep.in_table_c7(c) or stringprep.in_table_c8(c) or stringprep.in_table_c9(c)):
            raise UnicodeError(f"Invalid character {c!r}")
    right_to_left = [stringprep.in_table_d1(c) for c in label]
    if any(right_to_left):
        if any(stringprep.in_table_d2(c) for c in label):
            raise UnicodeError("Violation of BIDI requirement 2")
        if not right_to_left[0] or not right_to_left[-1]:
            raise UnicodeError("Violation of BIDI requirement 3")
    return label


def _ascii_label(label):
    """The label as ASCII bytes when it is ASCII (checking its length),
    else None."""
    try:
        encoded = label.encode("ascii")
    except UnicodeError:
        return None
    if 0 < len(encoded) < 64:
        return encoded
    raise UnicodeError("label empty or too long")


def ToASCII(label):
    """One label as ASCII bytes (RFC 3490 section 4.1)."""
    encoded = _ascii_label(label)
    if encoded is not None:
        return encoded
    label = nameprep(label)
    encoded = _ascii_label(label)
    if encoded is not None:
        return encoded
    if label.startswith(sace_prefix):
        raise UnicodeError("Label starts with ACE prefix")
    encoded = ace_prefix + label.encode("punycode")
    if 0 < len(encoded) < 64:
        return encoded
    raise UnicodeError("label empty or too long")


def ToUnicode(label):
    """One label back to text (RFC 3490 section 4.2)."""
    if len(label) > 1024:
        raise UnicodeError("label way too long")
    if isinstance(label, bytes):
        pure_ascii = True
    else:
        try:
            label = label.encode("ascii")
            pure_ascii = True
        except UnicodeError:
            pure_ascii = False
    if not pure_ascii:
        label = nameprep(label)
        try:
            label = label.encode("ascii")
        except UnicodeError:
            raise UnicodeError("Invalid character in IDN label") from None
    if not label[:4].lower() == ace_prefix:
        return str(label, "ascii")
    label1 = label[len(ace_prefix):]
    result = label1.decode("punycode")
    label2 = ToASCII(result)
    if str(label, "ascii").lower() != str(label2, "ascii"):
        raise UnicodeError("IDNA does not round-trip", label, label2)
    return result


def _split_labels(text):
    """The labels of a name and whether it ended in a dot."""
    labels = dots.split(text)
    trailing_dot = ""
    if labels and not labels[-1]:
        trailing_dot = "."
        del labels[-1]
    return labels, trailing_dot


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        if errors != "strict":
            raise UnicodeError(f"unsupported error handling {errors}")
        if not input:
            return b"", 0
        try:
            result = input.encode("ascii")
        except UnicodeEncodeError:
            pass
        else:
            labels = result.split(b".")
            for label in labels[:-1]:
                if not (0 < len(label) < 64):
                    raise UnicodeError("label empty or too long")
            if len(labels[-1]) >= 64:
                raise UnicodeError("label too long")
            return result, len(input)
        result = bytearray()
        labels, trailing_dot = _split_labels(input)
        for label in labels:
            if result:
                result.extend(b".")
            result.extend(ToASCII(label))
        return bytes(result + trailing_dot.encode("ascii")), len(input)

    def decode(self, input, errors="strict"):
        if errors != "strict":
            raise UnicodeError(f"Unsupported error handling {errors}")
        if not input:
            return "", 0
        if not isinstance(input, bytes):
            input = bytes(input)
        if ace_prefix not in input:
            try:
                return input.decode("ascii"), len(input)
            except UnicodeDecodeError:
                pass
        labels = input.split(b".")
        if labels and len(labels[-1]) == 0:
            trailing_dot = "."
            del labels[-1]
        else:
            trailing_dot = ""
        result = [ToUnicode(label) for label in labels]
        return ".".join(result) + trailing_dot, len(input)


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        if errors != "strict":
            raise UnicodeError(f"unsupported error handling {errors}")
        if not input:
            return b"", 0
        labels = dots.split(input)
        trailing_dot = b""
        if labels:
            if not labels[-1]:
                trailing_dot = b"."
                del labels[-1]
            elif not final:
                del labels[-1]
                if labels:
                    trailing_dot = b"."
        result = bytearray()
        size = 0
        for label in labels:
            if size:
                result.extend(b".")
                size += 1
            result.extend(ToASCII(label))
            size += len(label)
        result += trailing_dot
        size += len(trailing_dot)
        return bytes(result), size


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        if errors != "strict":
            raise UnicodeError(f"Unsupported error handling {errors}")
        if not input:
            return "", 0
        if isinstance(input, str):
            labels = dots.split(input)
        else:
            input = str(input, "ascii")
            labels = input.split(".")
        trailing_dot = ""
        if labels:
            if not labels[-1]:
                trailing_dot = "."
                del labels[-1]
            elif not final:
                del labels[-1]
                if labels:
                    trailing_dot = "."
        result = []
        size = 0
        for label in labels:
            result.append(ToUnicode(label))
            if size:
                size += 1
            size += len(label)
        result = ".".join(result) + trailing_dot
        size += len(trailing_dot)
        return result, size


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name="idna", encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)

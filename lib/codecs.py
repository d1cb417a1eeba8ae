"""The codec registry and its base classes.

codecs.lookup(name) finds a codec: first through the search functions
registered with codecs.register (in order), the first of which looks in
ferropy's runtime (UTF-8/16/32, ASCII, Latin-1 and the single-byte code
pages, which str.encode and bytes.decode run natively) and then in the
`encodings` package (punycode, idna, rot13, hex, base64, zlib, the escape
codecs ...). str.encode/bytes.decode use the same registry for the
codecs the runtime lacks.
"""

import builtins
import sys

import _ferropy

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE",
           "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32",
           "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode", "decode",
           "iterencode", "iterdecode", "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors", "register_error",
           "lookup_error", "unregister"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
if sys.byteorder == "little":
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """A codec's functions and classes: encode, decode, incremental and
    stream coders (also a 4-tuple of the first functions, for old code)."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """A stateless encoder/decoder: encode(input, errors) and
    decode(input, errors) return (output, length consumed)."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in pieces, keeping state between calls."""

    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that keeps unencoded input for the next call."""

    def __init__(self, errors="strict"):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes input given in pieces, keeping state between calls."""

    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps undecoded bytes (an incomplete
    sequence) for the next call."""

    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class _WrapsStream:
    """A wrapper of a binary stream: other attributes are the stream's,
    and leaving a with block closes it."""

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamWriter(Codec, _WrapsStream):
    """Writes encoded text to a binary stream."""

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()



class StreamReader(Codec, _WrapsStream):
    """Reads and decodes text from a binary stream."""

    charbuffertype = str

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors="strict"):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            if size < 0:
                newdata = self.stream.read()
            else:
                newdata = self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, decodedbytes = self.decode(data[: exc.start], self.errors)
                    lines = newchars.splitlines(keepends=True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            self.bytebuffer = data[decodedbytes:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        data = self.charbuffer + self.read()
        self.charbuffer = self._empty_charbuffer
        lines = data.splitlines(keepends=True)
        if not lines:
            return self._empty_charbuffer
        line = lines[0]
        self.charbuffer = data[len(line):]
        if not keepends:
            line = line.splitlines(keepends=False)[0] if line.strip("\r\n") else ""
        return line

    def readlines(self, sizehint=None, keepends=True):
        data = self.read()
        return data.splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self



class StreamReaderWriter(_WrapsStream):
    """A stream that decodes what it reads and encodes what it writes."""

    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()



class StreamRecoder(_WrapsStream):
    """Reads and writes a stream in one encoding, presenting another."""

    data_encoding = "unknown"
    file_encoding = "unknown"

    def __init__(self, stream, encode, decode, Reader, Writer, errors="strict"):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)



# ----- the registry (in _codecs, as CPython's) -----------------------------

from _codecs import register, unregister, lookup, encode, decode, register_error, lookup_error  # noqa: E402
from _codecs import (unicode_escape_encode, unicode_escape_decode, raw_unicode_escape_encode,  # noqa: E402
                     raw_unicode_escape_decode, escape_encode, escape_decode, utf_7_encode, utf_7_decode)
from _codecs import _hex_escape  # noqa: E402


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors="strict", **kwargs):
    """Encode the strings an iterator gives, incrementally."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    """Decode the bytes an iterator gives, incrementally."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """Open a file through a codec's stream reader and writer."""
    if encoding is not None and "b" not in mode:
        mode = mode + "b"
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    """A stream that recodes between a data and a file encoding."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode, file_info.streamreader, file_info.streamwriter,
                       errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


# ----- error handlers -----------------------------------------------------

def strict_errors(exc):
    """Raise the exception (the 'strict' handler)."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def _check(exc):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def ignore_errors(exc):
    _check(exc)
    return ("", exc.end)


def replace_errors(exc):
    _check(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ("\ufffd", exc.end)
    if isinstance(exc, UnicodeEncodeError):
        return ("?" * (exc.end - exc.start), exc.end)
    return ("\ufffd" * (exc.end - exc.start), exc.end)


def backslashreplace_errors(exc):
    _check(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ("".join("\\x%02x" % b for b in exc.object[exc.start:exc.end]), exc.end)
    return ("".join(_hex_escape(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end)


def xmlcharrefreplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")
    return ("".join("&#%d;" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")
    import unicodedata

    out = []
    for c in exc.object[exc.start:exc.end]:
        name = unicodedata.name(c, None)
        if name is not None:
            out.append("\\N{%s}" % name)
        else:
            out.append(_hex_escape(ord(c)))
    return ("".join(out), exc.end)


def _surrogateescape_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        # Up to four bytes of 128 and more become U+DC80-U+DCFF.
        bad = exc.object[exc.start:exc.end][:4]
        taken = 0
        while taken < len(bad) and bad[taken] >= 128:
            taken += 1
        if not taken:
            raise exc
        return ("".join(chr(0xDC00 + b) for b in bad[:taken]), exc.start + taken)
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            if not 0xDC80 <= ord(c) <= 0xDCFF:
                raise exc
            out.append(ord(c) - 0xDC00)
        return (bytes(out), exc.end)
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def _surrogatepass_errors(exc):
    encoding = exc.encoding.lower().replace("_", "-")
    if encoding in ("utf8", "utf-8-sig"):
        encoding = "utf-8"
    if encoding not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
        raise exc
    if encoding in ("utf-16", "utf-32"):
        encoding += "-le" if sys.byteorder == "little" else "-be"
    if isinstance(exc, UnicodeEncodeError):
        text = exc.object[exc.start:exc.end]
        if not all(0xD800 <= ord(c) <= 0xDFFF for c in text):
            raise exc
        return (text.encode(encoding, "surrogatepass"), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        width = {"utf-8": 3}.get(encoding, 2 if "16" in encoding else 4)
        piece = exc.object[exc.start:exc.start + width]
        try:
            text = piece.decode(encoding, "surrogatepass")
        except UnicodeDecodeError:
            raise exc from None
        if len(text) != 1 or not 0xD800 <= ord(text) <= 0xDFFF:
            raise exc
        return (text, exc.start + width)
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


for _name, _handler in [("strict", strict_errors), ("ignore", ignore_errors), ("replace", replace_errors),
                        ("backslashreplace", backslashreplace_errors),
                        ("xmlcharrefreplace", xmlcharrefreplace_errors), ("namereplace", namereplace_errors),
                        ("surrogateescape", _surrogateescape_errors), ("surrogatepass", _surrogatepass_errors)]:
    register_error(_name, _handler)
del _name, _handler


# ----- the runtime's own codecs -------------------------------------------

def _native_info(name):
    """A CodecInfo for a codec the runtime implements (str.encode and
    bytes.decode do the work)."""

    def encode(input, errors="strict"):
        return (str.encode(input, name, errors), len(input))

    def decode(input, errors="strict"):
        data = bytes(input)
        return (data.decode(name, errors), len(data))

    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            if name in ("utf-16", "utf-32", "utf-8-sig"):
                # The BOM comes once, at the start.
                data = input.encode(name, self.errors)
                if getattr(self, "_started", False):
                    data = data[{"utf-16": 2, "utf-32": 4, "utf-8-sig": 3}[name]:]
                self._started = True
                return data
            return input.encode(name, self.errors)

        def reset(self):
            self._started = False

    class Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            data = bytes(input)
            usable = len(data) if final else _complete_prefix(name, data, getattr(self, "_started", False))
            if name in ("utf-16", "utf-32", "utf-8-sig") and usable:
                if getattr(self, "_started", False):
                    text = data[:usable].decode(self._settled, errors)
                else:
                    text, self._settled = _first_decode(name, data[:usable], errors)
                    self._started = True
                return (text, usable)
            return (data[:usable].decode(name, errors), usable)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._started = False

    class Writer(StreamWriter):
        pass

    Writer.encode = staticmethod(encode)

    class Reader(StreamReader):
        pass

    Reader.decode = staticmethod(decode)
    return CodecInfo(encode, decode, Reader, Writer, Encoder, Decoder, name=name)


def _native_module(name):
    """The contents of an encodings.<name> module for a codec the runtime
    implements: Codec, the incremental and stream classes, getregentry."""
    info = lookup(name)

    class NativeCodec(Codec):
        def encode(self, input, errors="strict"):
            return info.encode(input, errors)

        def decode(self, input, errors="strict"):
            return info.decode(input, errors)

    def getregentry():
        return info

    return (NativeCodec, info.incrementalencoder, info.incrementaldecoder, info.streamwriter, info.streamreader,
            getregentry)


def _python_codec(name, encode, decode):
    """The contents of an encodings.<name> module for a codec whose
    functions are written in Python (_codecs): Codec, the incremental and
    stream classes, getregentry. `decode(data, errors, final)`."""

    class PythonCodec(Codec):
        def encode(self, input, errors="strict"):
            return encode(input, errors)

        def decode(self, input, errors="strict"):
            return decode(input, errors, True)

    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode(input, errors, final)

    class Writer(PythonCodec, StreamWriter):
        pass

    class Reader(PythonCodec, StreamReader):
        def decode(self, input, errors="strict"):
            return decode(input, errors, False)

    def getregentry():
        return CodecInfo(name=name, encode=PythonCodec().encode, decode=PythonCodec().decode,
                         incrementalencoder=Encoder, incrementaldecoder=Decoder, streamwriter=Writer,
                         streamreader=Reader)

    return PythonCodec, Encoder, Decoder, Writer, Reader, getregentry


def _first_decode(name, data, errors):
    """The first piece of a BOM-sensing codec: decode it and settle the
    byte order for the rest."""
    text = data.decode(name, errors)
    if name == "utf-8-sig":
        return text, "utf-8"
    if name == "utf-16":
        return text, "utf-16-be" if data[:2] == b"\xfe\xff" else "utf-16-le"
    return text, "utf-32-be" if data[:4] == b"\x00\x00\xfe\xff" else "utf-32-le"


def _complete_prefix(name, data, started):
    """How many leading bytes form complete characters (the rest waits
    for more input)."""
    if name.startswith("utf-8"):
        if name == "utf-8-sig" and not started and len(data) < 3 and BOM_UTF8.startswith(data):
            return 0
        end = len(data)
        # Step back over an incomplete multi-byte sequence at the end.
        for back in range(1, min(4, end) + 1):
            b = data[end - back]
            if b & 0xC0 == 0x80:
                continue
            need = 2 if b & 0xE0 == 0xC0 else 3 if b & 0xF0 == 0xE0 else 4 if b & 0xF8 == 0xF0 else 1
            return end - back if need > back else end
        return end
    if name.startswith("utf-16"):
        usable = len(data) - len(data) % 2
        if usable >= 2:
            last = data[usable - 2:usable]
            unit = last[1] if name.endswith("le") or (name == "utf-16" and sys.byteorder == "little") else last[0]
            if 0xD8 <= unit <= 0xDB:
                usable -= 2
        if name == "utf-16" and not started and usable < 2:
            return 0
        return usable
    if name.startswith("utf-32"):
        return len(data) - len(data) % 4
    return len(data)


def _search_native_then_encodings(normalized):
    native = _ferropy.native_codec(normalized)
    if native is not None:
        return _native_info(native)
    import encodings

    return encodings.search_function(normalized)


register(_search_native_then_encodings)


def __getattr__(name):
    if name.endswith(("_encode", "_decode")):
        raise AttributeError(f"module 'codecs' has no attribute '{name}' (ferropy's codecs have no _codecs entry points)")
    raise AttributeError(f"module 'codecs' has no attribute '{name}'")

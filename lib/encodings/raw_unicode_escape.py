"""The raw_unicode_escape codec (written in Python, in _codecs)."""

import _codecs
import codecs


class Codec(codecs.Codec):
    encode = staticmethod(_codecs.raw_unicode_escape_encode)
    decode = staticmethod(_codecs.raw_unicode_escape_decode)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return _codecs.raw_unicode_escape_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        return _codecs.raw_unicode_escape_decode(input, errors, final)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    def decode(self, input, errors="strict"):
        return _codecs.raw_unicode_escape_decode(input, errors, False)


def getregentry():
    return codecs.CodecInfo(name="raw-unicode-escape", encode=Codec.encode, decode=Codec.decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)

"""The UTF-7 codec (RFC 2152; written in Python, in _codecs)."""

import _codecs
import codecs


def encode(input, errors="strict"):
    return _codecs.utf_7_encode(input, errors)


def decode(input, errors="strict"):
    return _codecs.utf_7_decode(input, errors, True)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return _codecs.utf_7_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        return _codecs.utf_7_decode(input, errors, final)


class StreamWriter(codecs.StreamWriter):
    def encode(self, input, errors="strict"):
        return _codecs.utf_7_encode(input, errors)


class StreamReader(codecs.StreamReader):
    def decode(self, input, errors="strict"):
        return _codecs.utf_7_decode(input, errors, False)


def getregentry():
    return codecs.CodecInfo(name="utf-7", encode=encode, decode=decode, incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder, streamreader=StreamReader,
                            streamwriter=StreamWriter)

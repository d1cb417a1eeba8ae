"""Shared shape of the bytes-to-bytes codecs (hex, base64, zlib): a pair
of functions becomes a CodecInfo with incremental and stream coders."""

import codecs


def codec_info(name, encode_bytes, decode_bytes):
    def encode(input, errors="strict"):
        assert errors == "strict"
        return (encode_bytes(input), len(input))

    def decode(input, errors="strict"):
        assert errors == "strict"
        return (decode_bytes(input), len(input))

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            assert self.errors == "strict"
            return encode_bytes(input)

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            assert self.errors == "strict"
            return decode_bytes(input)

    class Codec(codecs.Codec):
        pass

    Codec.encode = staticmethod(encode)
    Codec.decode = staticmethod(decode)

    class StreamWriter(Codec, codecs.StreamWriter):
        charbuffertype = bytes

    class StreamReader(Codec, codecs.StreamReader):
        charbuffertype = bytes

    return codecs.CodecInfo(name=name, encode=encode, decode=decode, incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder, streamwriter=StreamWriter,
                            streamreader=StreamReader, _is_text_encoding=False)

"""The base64 codec: bytes to and from MIME base64 (lines of 76)."""

import base64

from ._bytes_transform import codec_info


def getregentry():
    return codec_info("base64", base64.encodebytes, base64.decodebytes)

"""The hex codec: bytes to and from their hexadecimal digits."""

import binascii

from ._bytes_transform import codec_info


def getregentry():
    return codec_info("hex", binascii.b2a_hex, binascii.a2b_hex)

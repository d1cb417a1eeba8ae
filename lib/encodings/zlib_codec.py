"""The zlib codec: bytes to and from zlib-compressed bytes."""

import zlib

from ._bytes_transform import codec_info


def getregentry():
    return codec_info("zlib", zlib.compress, zlib.decompress)

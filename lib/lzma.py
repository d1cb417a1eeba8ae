"""xz and lzma compression: one-shot compress/decompress, incremental
LZMACompressor/LZMADecompressor (on liblzma, in the native _lzma), and
LZMAFile / lzma.open for .xz and .lzma files.

Filter chains are lists of dicts, each with an "id" (FILTER_LZMA2, ...)
and that filter's options (preset, dict_size, lc, lp, pb, mode, nice_len,
mf, depth for LZMA1/LZMA2; dist for DELTA; start_offset for the
branch/call/jump filters).
"""

import _compression
import io

import _lzma
from _lzma import LZMAError, is_check_supported

__all__ = ["CHECK_NONE", "CHECK_CRC32", "CHECK_CRC64", "CHECK_SHA256", "CHECK_ID_MAX", "CHECK_UNKNOWN",
           "FILTER_LZMA1", "FILTER_LZMA2", "FILTER_DELTA", "FILTER_X86", "FILTER_IA64", "FILTER_ARM",
           "FILTER_ARMTHUMB", "FILTER_POWERPC", "FILTER_SPARC", "FORMAT_AUTO", "FORMAT_XZ", "FORMAT_ALONE",
           "FORMAT_RAW", "MF_HC3", "MF_HC4", "MF_BT2", "MF_BT3", "MF_BT4", "MODE_FAST", "MODE_NORMAL",
           "PRESET_DEFAULT", "PRESET_EXTREME", "LZMACompressor", "LZMADecompressor", "LZMAFile", "LZMAError",
           "open", "compress", "decompress", "is_check_supported"]

# liblzma's numbers.
CHECK_NONE, CHECK_CRC32, CHECK_CRC64, CHECK_SHA256 = 0, 1, 4, 10
CHECK_ID_MAX, CHECK_UNKNOWN = 15, 16
FILTER_LZMA1, FILTER_LZMA2, FILTER_DELTA = 0x4000000000000001, 0x21, 0x03
FILTER_X86, FILTER_POWERPC, FILTER_IA64, FILTER_ARM, FILTER_ARMTHUMB, FILTER_SPARC = 4, 5, 6, 7, 8, 9
FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW = 0, 1, 2, 3
MF_HC3, MF_HC4, MF_BT2, MF_BT3, MF_BT4 = 0x03, 0x04, 0x12, 0x13, 0x14
MODE_FAST, MODE_NORMAL = 1, 2
PRESET_DEFAULT, PRESET_EXTREME = 6, 0x80000000


def _checked_filters(filters):
    """The filter chain as a list of specs, each a mapping with an id."""
    if filters is None:
        return None
    chain = list(filters)
    for spec in chain:
        try:
            spec["id"]
        except (KeyError, TypeError):
            raise ValueError('Filter specifier must have an "id" entry') from None
    return chain


# Dictionary sizes of the presets 0-9 (liblzma's).
_PRESET_DICT_SIZES = [1 << 18, 1 << 20, 1 << 21, 1 << 22, 1 << 22, 1 << 23, 1 << 23, 1 << 24, 1 << 25, 1 << 26]
_BRANCH_FILTERS = (FILTER_X86, FILTER_POWERPC, FILTER_IA64, FILTER_ARM, FILTER_ARMTHUMB, FILTER_SPARC)


def _lzma2_dict_code(dict_size):
    """The one-byte LZMA2 code of the smallest dictionary that holds
    dict_size bytes (2 or 3 times a power of two)."""
    for code in range(40):
        if dict_size <= (2 | (code & 1)) << (code // 2 + 11):
            return code
    return 40


def _encode_filter_properties(filter):
    """The properties of a filter as raw streams and zip files store them."""
    filter_id = filter["id"]
    if filter_id in (FILTER_LZMA1, FILTER_LZMA2):
        preset = filter.get("preset", PRESET_DEFAULT) & 0x1F
        if preset > 9:
            raise LZMAError(f"Invalid compression preset: {preset}")
        dict_size = filter.get("dict_size", _PRESET_DICT_SIZES[preset])
        if filter_id == FILTER_LZMA2:
            return bytes([_lzma2_dict_code(dict_size)])
        lc, lp, pb = filter.get("lc", 3), filter.get("lp", 0), filter.get("pb", 2)
        return bytes([(pb * 5 + lp) * 9 + lc]) + dict_size.to_bytes(4, "little")
    if filter_id == FILTER_DELTA:
        return bytes([filter.get("dist", 1) - 1])
    if filter_id in _BRANCH_FILTERS:
        start = filter.get("start_offset", 0)
        return start.to_bytes(4, "little") if start else b""
    raise ValueError(f"Invalid filter ID: {filter_id}")


def _decode_filter_properties(filter_id, encoded_props):
    """A filter spec from the properties _encode_filter_properties gives."""
    props = bytes(encoded_props)
    if filter_id == FILTER_LZMA1:
        if len(props) != 5 or props[0] >= 9 * 5 * 5:
            raise LZMAError("Invalid or unsupported options")
        lc, rest = props[0] % 9, props[0] // 9
        return {"id": filter_id, "lc": lc, "lp": rest % 5, "pb": rest // 5,
                "dict_size": int.from_bytes(props[1:5], "little")}
    if filter_id == FILTER_LZMA2:
        if len(props) != 1 or props[0] > 40:
            raise LZMAError("Invalid or unsupported options")
        code = props[0]
        size = 0xFFFFFFFF if code == 40 else (2 | (code & 1)) << (code // 2 + 11)
        return {"id": filter_id, "dict_size": size}
    if filter_id == FILTER_DELTA:
        if len(props) != 1:
            raise LZMAError("Invalid or unsupported options")
        return {"id": filter_id, "dist": props[0] + 1}
    if filter_id in _BRANCH_FILTERS:
        if len(props) not in (0, 4):
            raise LZMAError("Invalid or unsupported options")
        spec = {"id": filter_id}
        if props and int.from_bytes(props, "little"):
            spec["start_offset"] = int.from_bytes(props, "little")
        return spec
    raise ValueError(f"Invalid filter ID: {filter_id}")


class LZMACompressor(_compression.NativeCompressor):
    """Compresses data given in pieces: compress() returns what is ready,
    flush() the rest (once)."""

    def __init__(self, format=FORMAT_XZ, check=-1, preset=None, filters=None):
        self._native = _lzma._new_compressor(format, check, preset, _checked_filters(filters))


class LZMADecompressor(_compression.NativeDecompressor):
    """Decompresses one stream given in pieces; data after the stream's
    end is kept in unused_data."""

    def __init__(self, format=FORMAT_AUTO, memlimit=None, filters=None):
        self._native = _lzma._new_decompressor(format, memlimit, _checked_filters(filters))

    @property
    def check(self):
        return self._native._check()


def compress(data, format=FORMAT_XZ, check=-1, preset=None, filters=None):
    """Compress data in one go."""
    comp = LZMACompressor(format, check, preset, filters)
    return comp.compress(data) + comp.flush()


def decompress(data, format=FORMAT_AUTO, memlimit=None, filters=None):
    """Decompress data in one go (several concatenated streams too)."""
    results = []
    while True:
        decomp = LZMADecompressor(format, memlimit, filters)
        try:
            res = decomp.decompress(data)
        except LZMAError:
            if results:
                break  # what follows the streams is ignored
            raise
        results.append(res)
        if not decomp.eof:
            raise LZMAError("Compressed data ended before the end-of-stream marker was reached")
        data = decomp.unused_data
        if not data:
            break
    return b"".join(results)


class LZMAFile(_compression.CompressedFile):
    """A file of xz or lzma compressed data: reading decompresses (all
    the streams in the file), writing compresses."""

    def __init__(self, filename=None, mode="r", *, format=None, check=-1, preset=None, filters=None):
        if mode in ("r", "rb"):
            if check != -1:
                raise ValueError("Cannot specify an integrity check when opening a file for reading")
            if preset is not None:
                raise ValueError("Cannot specify a preset compression level when opening a file for reading")
            if format is None:
                format = FORMAT_AUTO
        elif mode in ("w", "wb", "a", "ab", "x", "xb"):
            if format is None:
                format = FORMAT_XZ
        self._settings = (format, check, preset, filters)
        self._open(filename, mode)

    def _new_compressor(self):
        return LZMACompressor(*self._settings)

    def _decompress_all(self, data):
        format, _, _, filters = self._settings
        return decompress(data, format, None, filters) if data else b""


def open(filename, mode="rb", *, format=None, check=-1, preset=None, filters=None, encoding=None, errors=None,
         newline=None):
    """Open an xz or lzma file in binary or text mode ('t' in mode)."""
    _compression.check_open_arguments(mode, encoding, errors, newline)
    lz_mode = mode.replace("t", "")
    binary_file = LZMAFile(filename, lz_mode, format=format, check=check, preset=preset, filters=filters)
    if "t" in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file

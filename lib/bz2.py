"""bzip2 compression: one-shot compress/decompress, incremental
BZ2Compressor/BZ2Decompressor (on libbzip2, in the native _bz2), and
BZ2File / bz2.open for .bz2 files."""

import _compression
import io
import os

import _bz2

__all__ = ["BZ2File", "BZ2Compressor", "BZ2Decompressor", "open", "compress", "decompress"]


class BZ2Compressor(_compression.NativeCompressor):
    """Compresses data given in pieces: compress() returns what is ready,
    flush() the rest (once)."""

    def __init__(self, compresslevel=9, /):
        self._native = _bz2._new_compressor(compresslevel)


class BZ2Decompressor(_compression.NativeDecompressor):
    """Decompresses one bzip2 stream given in pieces; data after the
    stream's end is kept in unused_data."""

    def __init__(self):
        self._native = _bz2._new_decompressor()


def compress(data, compresslevel=9):
    """Compress data in one go."""
    comp = BZ2Compressor(compresslevel)
    return comp.compress(data) + comp.flush()


def decompress(data):
    """Decompress data in one go (several concatenated streams too)."""
    results = []
    while data:
        decomp = BZ2Decompressor()
        try:
            res = decomp.decompress(data)
        except OSError:
            if results:
                break
            raise
        results.append(res)
        if not decomp.eof:
            raise ValueError("Compressed data ended before the end-of-stream marker was reached")
        data = decomp.unused_data
    return b"".join(results)


class BZ2File(_compression.CompressedFile):
    """A file of bzip2-compressed data: reading decompresses (all the
    streams in the file), writing compresses."""

    def __init__(self, filename, mode="r", *, compresslevel=9):
        if not (1 <= compresslevel <= 9):
            raise ValueError("compresslevel must be between 1 and 9")
        self._compresslevel = compresslevel
        self._open(filename, mode)

    def _new_compressor(self):
        return BZ2Compressor(self._compresslevel)

    @staticmethod
    def _decompress_all(data):
        return decompress(data)


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    """Open a bzip2 file in binary or text mode ('t' in mode)."""
    _compression.check_open_arguments(mode, encoding, errors, newline)
    bz_mode = mode.replace("t", "")
    binary_file = BZ2File(filename, bz_mode, compresslevel=compresslevel)
    if "t" in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file

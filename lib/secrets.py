"""Random numbers for secrets (tokens, passwords) from the operating
system's generator, as the documented `secrets` module provides them."""

import base64
import binascii
import os
import random

__all__ = ["choice", "randbelow", "randbits", "SystemRandom", "token_bytes", "token_hex",
           "token_urlsafe", "compare_digest"]

SystemRandom = random.SystemRandom
_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice

# Bytes in a token when the caller does not say (32: 256 bits).
DEFAULT_ENTROPY = 32


def randbelow(exclusive_upper_bound):
    """A random int in the range [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """`nbytes` random bytes."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return os.urandom(nbytes)


def token_hex(nbytes=None):
    """A random text of 2 * `nbytes` hexadecimal digits."""
    return binascii.hexlify(token_bytes(nbytes)).decode("ascii")


def token_urlsafe(nbytes=None):
    """A random URL-safe text: `nbytes` random bytes in Base64."""
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b"=").decode("ascii")


def compare_digest(a, b):
    """a == b for two str (ASCII) or two bytes-like values, taking a time
    that depends on their lengths only, not on where they differ."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = a.encode("ascii"), b.encode("ascii")
    else:
        a_bytes, b_bytes = _as_bytes(a), _as_bytes(b)
        if a_bytes is None and b_bytes is None:
            raise TypeError(f"unsupported operand types(s) or combination of types: "
                            f"'{type(a).__name__}' and '{type(b).__name__}'")
        if a_bytes is None or b_bytes is None:
            other = a if a_bytes is None else b
            raise TypeError(f"a bytes-like object is required, not '{type(other).__name__}'")
        a, b = a_bytes, b_bytes
    result = len(a) ^ len(b)
    other = b if len(a) == len(b) else a
    for x, y in zip(a, other):
        result |= x ^ y
    return result == 0


def _as_bytes(value):
    # The bytes of a bytes-like value, or None.
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    return None

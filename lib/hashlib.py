"""Secure hashes and message digests: the native _hashlib's constructors
(md5, sha1, SHA-2, SHA-3, SHAKE, BLAKE2, new), plus file_digest and
pbkdf2_hmac written over them."""

from operator import index as _index

from _hashlib import (HASH, HASHXOF, algorithms_available, algorithms_guaranteed, blake2b, blake2s, md5, new,
                      sha1, sha224, sha256, sha384, sha3_224, sha3_256, sha3_384, sha3_512, sha512, shake_128,
                      shake_256)

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s", "sha3_224", "sha3_256",
           "sha3_384", "sha3_512", "shake_128", "shake_256", "new", "algorithms_guaranteed",
           "algorithms_available", "pbkdf2_hmac", "file_digest")


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The hash of a binary file's contents, read in chunks. `digest` is
    an algorithm name or a constructor."""
    digestobj = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, "getbuffer"):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, "readinto") and hasattr(fileobj, "readable") and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        size = fileobj.readinto(buf)
        if size == 0:
            break
        digestobj.update(view[:size])
    return digestobj


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 (RFC 8018) with HMAC over `hash_name`: a key of `dklen`
    bytes (the hash's size by default)."""
    for value in (password, salt):
        if isinstance(value, str):
            raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")
    password, salt = bytes(password), bytes(salt)
    iterations = _index(iterations)
    inner, outer = new(hash_name), new(hash_name)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if dklen is None:
        dklen = inner.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    block = inner.block_size
    if len(password) > block:
        password = new(hash_name, password).digest()
    password = password.ljust(block, b"\0")
    inner.update(password.translate(bytes(x ^ 0x36 for x in range(256))))
    outer.update(password.translate(bytes(x ^ 0x5C for x in range(256))))

    def prf(data):
        i, o = inner.copy(), outer.copy()
        i.update(data)
        o.update(i.digest())
        return o.digest()

    key = b""
    index = 1
    while len(key) < dklen:
        u = prf(salt + index.to_bytes(4, "big"))
        result = int.from_bytes(u, "big")
        for _ in range(iterations - 1):
            u = prf(u)
            result ^= int.from_bytes(u, "big")
        key += result.to_bytes(len(u), "big")
        index += 1
    return key[:dklen]

import hashlib, hmac
for name in ("sha3_224", "sha3_256", "sha3_384", "sha3_512"):
    h = getattr(hashlib, name)(b"abc")
    h2 = h.copy(); h2.update(b"def")
    n = hashlib.new(name.upper() if False else name, b"abcdef")
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), h2.hexdigest() == n.hexdigest())
print(hmac.new(b"key", b"msg", "sha3_256").hexdigest())
print(hashlib.sha3_256().hexdigest())

import hashlib, hmac
for name in ("sha3_224", "sha3_256", "sha3_384", "sha3_512"):
    h = getattr(hashlib, name)(b"abc")
    h2 = h.copy(); h2.update(b"def")
    n = hashlib.new(name.upper() if False else name, b"abcdef")
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), h2.hexdigest() == n.hexdigest())
print(hmac.new(b"key", b"msg", "sha3_256").hexdigest())
print(hashlib.sha3_256().hexdigest())
for name in ("shake_128", "shake_256"):
    h = getattr(hashlib, name)(b"abc")
    print(h.name, h.digest_size, h.block_size, h.hexdigest(20), h.digest(5), type(h).__name__, isinstance(h, type(hashlib.sha1())))
    h.update(b"more"); print(hashlib.new(name, b"abcmore").hexdigest(8) == h.hexdigest(8), h.copy().hexdigest(3))
    print(h.digest(length=4) == h.digest(4))
    for bad in (lambda: h.digest(),):
        try: bad()
        except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(sorted(hashlib.algorithms_guaranteed))

import hashlib

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = getattr(hashlib, name)(b"The quick brown fox")
    h.update(b" jumps over the lazy dog")
    c = h.copy()
    c.update(b"!")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest()[:16], len(h.digest()))
print(hashlib.new("SHA256", b"abc").hexdigest(), hashlib.sha256().hexdigest())
for expr in ["hashlib.sha256('text')", "hashlib.new('nope')", "hashlib.md5(5)"]:
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__, e)

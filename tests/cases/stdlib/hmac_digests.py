import hmac, hashlib
print(hmac.new(b"key", b"The quick brown fox", "sha256").hexdigest())
h = hmac.new(b"k" * 100, digestmod=hashlib.sha1); h.update(b"abc"); c = h.copy(); c.update(b"d")
print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size)
print(hmac.digest(b"key", b"msg", "md5").hex(), hmac.compare_digest(b"a", b"a"))
try: hmac.new(b"k")
except TypeError as e: print(e)
try: hmac.new("k", digestmod="sha1")
except TypeError as e: print(e)

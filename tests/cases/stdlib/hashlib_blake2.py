# hashlib.blake2b and blake2s with default parameters.
import hashlib

for data in [b"", b"abc", b"x" * 1000, bytes(range(256))]:
    b = hashlib.blake2b(data)
    s = hashlib.blake2s()
    s.update(data)
    print(b.hexdigest(), s.hexdigest(), b.digest_size, s.digest_size, b.block_size, s.block_size, b.name, s.name)
h = hashlib.new("blake2b")
h.update(b"ab")
c = h.copy()
c.update(b"c")
print(h.hexdigest()[:16], c.hexdigest() == hashlib.blake2b(b"abc").hexdigest(), len(c.digest()))

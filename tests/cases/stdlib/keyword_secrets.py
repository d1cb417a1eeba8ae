# keyword's lists and predicates; secrets' tokens (their shapes: the
# values are random) and compare_digest.
import keyword
import secrets

print(keyword.kwlist, keyword.softkwlist, sorted(keyword.__all__))
print([w for w in ["if", "match", "print", "None", "_", "async", "case"] if keyword.iskeyword(w)])
print([w for w in ["if", "match", "print", "None", "_", "async", "case"] if keyword.issoftkeyword(w)])

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(3)).__name__)
h = secrets.token_hex(16)
print(len(h), all(c in "0123456789abcdef" for c in h), len(secrets.token_hex()))
u = secrets.token_urlsafe(16)
print(len(u), all(c.isalnum() or c in "-_" for c in u), len(secrets.token_urlsafe()))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.randbits(8) < 256)
print(secrets.choice("abc") in "abc", isinstance(secrets.SystemRandom().random(), float))
for a, b in [(b"abc", b"abc"), (b"abc", b"abd"), (b"abc", b"ab"), ("key", "key"), ("key", "kez"), (bytearray(b"x"), b"x")]:
    print(a, b, secrets.compare_digest(a, b))
for a, b in [("abc", b"abc"), (b"abc", "abc"), (1, b"a"), ("a", 1), (1, 2), ("é", "é")]:
    try:
        secrets.compare_digest(a, b)
    except TypeError as e:
        print("TypeError", e)
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError", e)

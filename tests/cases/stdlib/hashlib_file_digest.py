# hashlib.file_digest and pbkdf2_hmac; the module's names.
import hashlib, io, os, tempfile
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", 2, 50).hex())
print(hashlib.pbkdf2_hmac("sha512", b"p" * 200, bytearray(b"s"), 3, 10).hex())
for args in [("sha256", "pw", b"s", 1), ("sha256", b"pw", b"s", 0), ("sha256", b"pw", b"s", 1, 0),
             ("sha256", b"pw", b"s", 1.5)]:
    try:
        hashlib.pbkdf2_hmac(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
path = os.path.join(tempfile.mkdtemp(), "data")
with open(path, "wb") as f:
    f.write(b"abc" * 100000)
with open(path, "rb") as f:
    print(hashlib.file_digest(f, "sha256").hexdigest())
with open(path, "rb") as f:
    d = hashlib.file_digest(f, hashlib.md5, _bufsize=7)
    print(d.name, d.hexdigest())
print(hashlib.file_digest(io.BytesIO(b"abc"), "sha1").hexdigest())
try:
    hashlib.file_digest(io.StringIO("x"), "sha256")
except ValueError as e:
    print("ValueError", str(e).split(" object")[0])
print(type(hashlib.md5()).__module__, "file_digest" in hashlib.__all__, sorted(hashlib.algorithms_guaranteed)[:3])

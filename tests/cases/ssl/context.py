# SSLContext settings and module helpers: defaults per protocol, the
# verify_mode/check_hostname rules, certificate loading and its errors,
# PEM/DER conversion, time parsing, hostname matching, constants.
import os
import ssl
import warnings

from _certs import CA, SERVER, SELF_SIGNED

print(ssl.PROTOCOL_TLS_CLIENT, ssl.PROTOCOL_TLS_SERVER, ssl.CERT_REQUIRED, repr(ssl.CERT_NONE))
print(ssl.TLSVersion.TLSv1_3, ssl.TLSVersion.TLSv1_3.value, ssl.Purpose.SERVER_AUTH.value)
print(ssl.HAS_SNI, ssl.HAS_ALPN, ssl.HAS_TLSv1_3, ssl.HAS_NPN, ssl.SSL_ERROR_WANT_READ, ssl.SSL_ERROR_EOF)
print(ssl.OP_NO_TLSv1_3, ssl.VERIFY_X509_STRICT, ssl.ALERT_DESCRIPTION_UNKNOWN_CA)
for proto in (ssl.PROTOCOL_TLS_CLIENT, ssl.PROTOCOL_TLS_SERVER):
    ctx = ssl.SSLContext(proto)
    print(ctx.protocol, ctx.verify_mode, ctx.check_hostname, ctx.minimum_version, ctx.maximum_version)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    generic = ssl.SSLContext()
print([str(w.message) for w in caught], generic.protocol, generic.verify_mode, generic.check_hostname)

ctx = ssl.create_default_context()
print(ctx.verify_mode, ctx.check_hostname, ctx.protocol, ctx.cert_store_stats()["x509_ca"] >= 0)
try:
    ctx.verify_mode = ssl.CERT_NONE
except ValueError as e:
    print("ValueError:", e)
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
print(ctx.verify_mode, ctx.check_hostname)
ctx.check_hostname = True
print("check_hostname on again:", ctx.verify_mode)
ctx.minimum_version = ssl.TLSVersion.TLSv1_3
print(ctx.minimum_version)

ctx = ssl.create_default_context(cafile=CA)
print(ctx.cert_store_stats())
ca = ctx.get_ca_certs()[0]
print(sorted(ca), ca["subject"], ca["serialNumber"] != "", ca["notAfter"])
der = ctx.get_ca_certs(binary_form=True)[0]
pem = ssl.DER_cert_to_PEM_cert(der)
print(pem.splitlines()[0], pem.splitlines()[-1], ssl.PEM_cert_to_DER_cert(pem) == der)
with open(CA) as f:
    print(ssl.PEM_cert_to_DER_cert(f.read()) == der)
other = ssl.create_default_context(cadata=pem)
print(other.cert_store_stats(), ssl.create_default_context(cadata=der).cert_store_stats())
other.load_verify_locations(cafile=CA)
print("duplicates not added:", other.cert_store_stats())
for bad in ["not a certificate", "-----BEGIN CERTIFICATE-----\nxx"]:
    try:
        ssl.PEM_cert_to_DER_cert(bad)
    except ValueError as e:
        print("ValueError:", e)

server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server.load_cert_chain(SERVER)
server.load_cert_chain(certfile=SELF_SIGNED, keyfile=SELF_SIGNED)
for args in [("/nonexistent/cert.pem",), (CA,), (SERVER, SELF_SIGNED)]:
    try:
        server.load_cert_chain(*args)
    except (OSError, ssl.SSLError) as e:
        print(type(e).__name__, e.errno, e.strerror if isinstance(e, FileNotFoundError) else "")
try:
    server.load_verify_locations()
except TypeError as e:
    print("TypeError:", e)
try:
    server.load_verify_locations(cafile="/nonexistent/ca.pem")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno)
for value in [["http/1.1", "h2"], ["x" * 256]]:
    try:
        server.set_alpn_protocols(value)
        print("alpn ok")
    except ssl.SSLError as e:
        print("SSLError:", e)

print(ssl.cert_time_to_seconds("Jan  5 09:34:43 2018 GMT"), ssl.cert_time_to_seconds("Dec 31 23:59:59 2099 GMT"))
try:
    ssl.cert_time_to_seconds("Smarch 5 09:34:43 2018 GMT")
except ValueError as e:
    print("ValueError:", e)
print(ssl.get_protocol_name(ssl.PROTOCOL_TLS_CLIENT), ssl.get_protocol_name(99))
print(len(ssl.RAND_bytes(16)), ssl.RAND_status())
print(issubclass(ssl.SSLCertVerificationError, ValueError), ssl.CertificateError is ssl.SSLCertVerificationError)
print(ssl.SSLError.__module__, ssl.SSLEOFError.__mro__[1].__name__, ssl.SSLZeroReturnError("x", "y").strerror)
print(str(ssl.SSLError(1, "message")), str(ssl.SSLError("alone")), repr(ssl.SSLWantReadError(2, "w")))
paths = ssl.get_default_verify_paths()
print(type(paths).__name__, paths._fields, paths.openssl_cafile_env)
cert = {"subject": ((("commonName", "example.com"),),), "subjectAltName": (("DNS", "*.example.com"), ("DNS", "example.com"), ("IP Address", "10.0.0.1"))}
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    for host in ["example.com", "www.example.com", "a.b.example.com", "10.0.0.1", "example.org"]:
        try:
            ssl.match_hostname(cert, host)
            print(host, "matches")
        except ssl.CertificateError as e:
            print(host, "->", e)
try:
    ssl.SSLObject()
except TypeError as e:
    print("TypeError:", e)
bio = ssl.MemoryBIO()
try:
    bio.write("text")
except TypeError as e:
    print("TypeError:", e)
print(bio.write(bytearray(b"abc")), bio.write(memoryview(b"de")), bio.pending, bio.read(-1))
for args in [(CA,), (SERVER, SELF_SIGNED), (__file__,)]:
    try:
        server.load_cert_chain(*args)
    except ssl.SSLError as e:
        print(e.args, e.reason, e.library)
for junk in ["junk", b"junk"]:
    try:
        server.load_verify_locations(cadata=junk)
    except ssl.SSLError as e:
        print(e.args)

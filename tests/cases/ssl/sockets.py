# TLS over sockets: a server thread and clients on 127.0.0.1, what each
# side learns about the other, data both ways, and the refusals
# (unknown issuer, wrong name, self-signed, missing client certificate).
import pprint
import socket
import ssl
import threading

from _certs import CA, SERVER, SELF_SIGNED

server_log = []


def serve(listener, context, count, handler):
    for _ in range(count):
        conn, _ = listener.accept()
        try:
            with context.wrap_socket(conn, server_side=True) as s:
                handler(s)
        except (ssl.SSLError, OSError) as e:
            server_log.append(f"server: {type(e).__name__}: {e}")
            conn.close()


def start(context, count, handler):
    listener = socket.create_server(("127.0.0.1", 0))
    t = threading.Thread(target=serve, args=(listener, context, count, handler))
    t.start()
    return listener, t


def echo_upper(s):
    server_log.append(f"server sees: {s.version()} alpn={s.selected_alpn_protocol()} peer={s.getpeercert()}")
    f = s.makefile("rwb")
    for line in f:
        if line == b"bye\n":
            break
        f.write(line.upper())
        f.flush()
    big = f.read(1_000_000)
    f.write(str(len(big)).encode() + b"\n")
    f.flush()


server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(SERVER)
server_ctx.set_alpn_protocols(["h2", "http/1.1"])
listener, thread = start(server_ctx, 4, echo_upper)
port = listener.getsockname()[1]

client_ctx = ssl.create_default_context(cafile=CA)
client_ctx.set_alpn_protocols(["http/1.1"])
print(client_ctx.verify_mode, client_ctx.check_hostname, client_ctx.protocol)
with socket.create_connection(("127.0.0.1", port)) as raw:
    with client_ctx.wrap_socket(raw, server_hostname="localhost") as s:
        print(type(s).__name__, s.version(), s.cipher(), s.selected_alpn_protocol())
        print(s.server_hostname, s.server_side, s.context is client_ctx, s.compression())
        cert = s.getpeercert()
        pprint.pprint(cert)
        der = s.getpeercert(binary_form=True)
        print(type(der).__name__, ssl.DER_cert_to_PEM_cert(der).splitlines()[0])
        print(ssl.cert_time_to_seconds(cert["notBefore"]) < ssl.cert_time_to_seconds(cert["notAfter"]))
        f = s.makefile("rwb")
        for word in [b"hello\n", b"tls world\n"]:
            f.write(word)
            f.flush()
            print(f.readline())
        f.write(b"bye\n")
        f.flush()
        s.sendall(b"x" * 1_000_000)
        print(f.readline())
        buf = bytearray(10)
        print(s.recv_into(buf), s.recv(10), s.pending())

# The same server by IP address (the certificate names 127.0.0.1 too).
with socket.create_connection(("127.0.0.1", port)) as raw:
    with client_ctx.wrap_socket(raw, server_hostname="127.0.0.1") as s:
        print("by address:", s.getpeercert()["subjectAltName"])
        s.sendall(b"bye\n" + b"y" * 1_000_000)
        print(s.makefile("rb").readline())

# Refusals on the client side.
for label, ctx, name in [
    ("wrong name", client_ctx, "example.com"),
    ("unknown issuer", ssl.create_default_context(cafile=SELF_SIGNED), "localhost"),
]:
    try:
        with socket.create_connection(("127.0.0.1", port)) as raw:
            with ctx.wrap_socket(raw, server_hostname=name):
                pass
    except ssl.SSLCertVerificationError as e:
        print(label, "->", type(e).__name__, e.errno, e.reason, e.library, e.verify_code, e.verify_message)
        print("   ", e)
        print("   ", isinstance(e, ValueError), isinstance(e, ssl.SSLError), isinstance(e, OSError))
thread.join()
listener.close()

# A self-signed server certificate trusted by nobody, then by itself.
self_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
self_ctx.load_cert_chain(SELF_SIGNED)
listener, thread = start(self_ctx, 3, lambda s: s.sendall(b"ok"))
port = listener.getsockname()[1]
for trusted in [CA, SELF_SIGNED]:
    try:
        with socket.create_connection(("127.0.0.1", port)) as raw:
            with ssl.create_default_context(cafile=trusted).wrap_socket(raw, server_hostname="localhost") as s:
                print("trusted itself:", s.recv(2), s.getpeercert()["serialNumber"])
    except ssl.SSLError as e:
        print(type(e).__name__, e.verify_code, e)
# Verification off: the certificate is there but not decoded.
unverified = ssl._create_unverified_context()
with socket.create_connection(("127.0.0.1", port)) as raw:
    with unverified.wrap_socket(raw) as s:
        print("unverified:", s.getpeercert(), len(s.getpeercert(True)) > 0, s.recv(2))
thread.join()
listener.close()

# A server that requires client certificates.
mutual = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=CA)
mutual.load_cert_chain(SERVER)
mutual.verify_mode = ssl.CERT_REQUIRED
listener, thread = start(mutual, 2, lambda s: s.sendall(repr(s.getpeercert()["subject"][-1]).encode()))
port = listener.getsockname()[1]
with_cert = ssl.create_default_context(cafile=CA)
with_cert.load_cert_chain(SERVER)
with socket.create_connection(("127.0.0.1", port)) as raw:
    with with_cert.wrap_socket(raw, server_hostname="localhost") as s:
        print("client cert accepted:", s.recv(100))
try:
    with socket.create_connection(("127.0.0.1", port)) as raw:
        with client_ctx.wrap_socket(raw, server_hostname="localhost") as s:
            print(s.recv(100))
except ssl.SSLError as e:
    print("no client cert:", type(e).__name__, e)
thread.join()
listener.close()
print(*sorted(server_log), sep="\n")

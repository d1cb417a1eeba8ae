# STARTTLS both ways: a plain connection upgraded to TLS, then unwrapped
# (close_notify each way) and used in plain again; what follows the
# peer's close_notify belongs to the plain socket.
import socket
import ssl
import threading

from _certs import CA, SERVER

server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(SERVER)
client_ctx = ssl.create_default_context(cafile=CA)
listener = socket.create_server(("127.0.0.1", 0))
log = []


def serve():
    conn, _ = listener.accept()
    log.append(conn.recv(9))
    conn.sendall(b"GO\n")
    tls = server_ctx.wrap_socket(conn, server_side=True)
    log.append(tls.recv(7))
    tls.sendall(b"OK\n")
    plain = tls.unwrap()
    log.append(type(plain).__name__)
    data = b""
    while not data.endswith(b"!"):
        data += plain.recv(100)
    log.append(data)
    plain.sendall(b"bye")
    plain.close()


t = threading.Thread(target=serve)
t.start()
s = socket.create_connection(listener.getsockname())
s.sendall(b"STARTTLS\n")
print(s.recv(3))
tls = client_ctx.wrap_socket(s, server_hostname="localhost")
print(tls.version())
tls.sendall(b"ENDTLS\n")
print(tls.recv(3))
plain = tls.unwrap()
plain.sendall(b"plain again!")
print(plain.recv(3), type(plain).__name__, plain.fileno() > 0)
plain.close()
t.join()
listener.close()
print(log)

import socket
srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
c = socket.create_connection(("127.0.0.1", port), timeout=5)
conn, addr = srv.accept()
print(type(conn).__name__, addr[0], conn.family, conn.type)
c.sendall(b"hello\nworld\n")
f = conn.makefile("rb")
print(f.readline(), f.readline())
conn.sendall(b"x" * 100000)
got = 0
while got < 100000:
    got += len(c.recv(65536))
print(got)
c.settimeout(0.2)
try:
    c.recv(10)
except TimeoutError as e:
    print("timeout", e)
c.setblocking(False)
try:
    c.recv(10)
except BlockingIOError as e:
    print("blocking", e.errno)
print(c.gettimeout(), c.getblocking())
f.close(); conn.close(); c.close(); srv.close()
print(repr(srv))
try:
    srv.accept()
except OSError as e:
    print(e)
a, b = socket.socketpair()
a.sendall(b"ping"); print(b.recv(4), a.family, a.type)
a.close(); b.close()
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u1.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.sendto(b"dgram", u1.getsockname())
data, src = u1.recvfrom(100); print(data, src[0])
u1.close(); u2.close()
print(socket.inet_aton("127.1"), socket.inet_ntoa(b"\x7f\0\0\1"), socket.inet_pton(socket.AF_INET6, "::1"))
print(socket.inet_ntop(socket.AF_INET6, bytes(12) + b"\1\2\3\4"), socket.htons(1), socket.ntohl(1))
print(socket.getaddrinfo("localhost", "http", socket.AF_INET, socket.SOCK_STREAM))
try:
    socket.getaddrinfo("no-such-host.invalid", 80)
except socket.gaierror as e:
    print(type(e).__name__, e.errno, e)
s = socket.socket()
try:
    s.connect(("127.0.0.1", 1))
except ConnectionRefusedError as e:
    print("refused", e)
print(s.connect_ex(("127.0.0.1", 1)))
try:
    s.connect(("127.0.0.1", 70000))
except OverflowError as e:
    print(e)
try:
    s.connect("x")
except TypeError as e:
    print(e)
s.close()
print(socket.getservbyname("http", "tcp"), socket.getservbyport(443), socket.getprotobyname("udp"))
print(socket.AF_INET, repr(socket.SOCK_STREAM), socket.MsgFlag.MSG_PEEK)

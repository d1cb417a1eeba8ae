# socketserver: a threading TCP server with a stream handler, a UDP server
# with a datagram handler, and a forking server.
import socketserver, socket, threading

class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())

with socketserver.ThreadingTCPServer(("127.0.0.1", 0), Upper) as server:
    port = server.server_address[1]
    t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    t.start()
    outs = []
    for i in range(3):
        with socket.create_connection(("127.0.0.1", port)) as c:
            f = c.makefile("rwb")
            f.write(b"hello %d\n" % i); f.flush()
            outs.append(f.readline())
            c.shutdown(socket.SHUT_WR)
    print(outs)
    server.shutdown()
    t.join()

class Echo(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read()[::-1])

with socketserver.UDPServer(("127.0.0.1", 0), Echo) as server:
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.sendto(b"abc", server.server_address)
    server.handle_request()
    print(c.recvfrom(100)[0])
    c.close()

class Fork(socketserver.ForkingTCPServer):
    pass
with Fork(("127.0.0.1", 0), Upper) as server:
    with socket.create_connection(server.server_address) as c:
        c.sendall(b"forked\n"); c.shutdown(socket.SHUT_WR)
        server.handle_request()
        print(c.recv(100))

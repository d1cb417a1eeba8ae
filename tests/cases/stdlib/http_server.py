# http.server: a BaseHTTPRequestHandler subclass, an unsupported method,
# and SimpleHTTPRequestHandler serving a directory (a file, a missing
# file, the listing, and a path trying to climb out).
import http.server, threading, http.client, functools, sys, os, tempfile
tmp = tempfile.TemporaryDirectory()
here = tmp.name
with open(os.path.join(here, "a.txt"), "w") as f:
    f.write("hello file\n")

class Hello(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = f"you asked for {self.path}".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass

def serve(handler):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
    return server

s = serve(Hello)
c = http.client.HTTPConnection("127.0.0.1", s.server_address[1])
c.request("GET", "/animals/cow")
r = c.getresponse()
print(r.status, r.reason, r.getheader("Content-Type"), r.read())
c.request("POST", "/x")
r = c.getresponse()
print(r.status, r.reason, r.read().decode().count("Unsupported method"))
s.shutdown(); s.server_close()

class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass
s = serve(functools.partial(Quiet, directory=here))
for path in ["/a.txt", "/missing", "/", "/../../etc/passwd"]:
    c = http.client.HTTPConnection("127.0.0.1", s.server_address[1])
    c.request("GET", path)
    r = c.getresponse()
    body = r.read()
    print(path, r.status, r.getheader("Content-Type"), body if r.status == 200 and path != "/" else len(body) > 0)
s.shutdown(); s.server_close()
tmp.cleanup()

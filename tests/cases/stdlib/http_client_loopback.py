# http.client and urllib.request against a one-shot server in a child
# process (the child serves the requests it is told to, then exits).
import http.client
import socket
import subprocess
import sys
import urllib.error
import urllib.request

SERVER = r'''
import socket, sys
srv = socket.create_server(("127.0.0.1", 0))
print(srv.getsockname()[1], flush=True)
replies = [
    b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 5\r\nX-Two: a\r\nX-Two: b\r\n\r\nhello",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\n\r\n",
    b"HTTP/1.0 404 Not Found\r\nContent-Length: 7\r\n\r\nmissing",
    b"HTTP/1.1 302 Found\r\nLocation: /final\r\nContent-Length: 0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok",
]
for reply in replies:
    conn, _ = srv.accept()
    request = b""
    while b"\r\n\r\n" not in request:
        request += conn.recv(4096)
    head, _, body = request.partition(b"\r\n\r\n")
    length = [int(l.split(b":")[1]) for l in head.split(b"\r\n") if l.lower().startswith(b"content-length")]
    while length and len(body) < length[0]:
        body += conn.recv(4096)
    sys.stderr.write(head.split(b"\r\n")[0].decode() + " " + body.decode() + "\n")
    conn.sendall(reply)
    conn.close()
'''

child = subprocess.Popen([sys.executable, "-c", SERVER], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
port = int(child.stdout.readline())

conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
conn.request("POST", "/submit", body=b"x=1", headers={"Content-Type": "application/x-www-form-urlencoded"})
r = conn.getresponse()
print(r.status, r.reason, r.version, r.getheader("content-type"), r.getheader("x-two"), r.read(), r.isclosed())
conn.close()

conn = http.client.HTTPConnection(f"127.0.0.1:{port}", timeout=10)
conn.request("GET", "/chunked")
r = conn.getresponse()
print(r.status, r.chunked, r.read(3), r.read())
conn.close()

try:
    urllib.request.urlopen(f"http://127.0.0.1:{port}/missing", timeout=10)
except urllib.error.HTTPError as e:
    print("HTTPError", e.code, e.reason, e.read(), str(e))

with urllib.request.urlopen(f"http://127.0.0.1:{port}/moved", timeout=10) as r:
    print(r.status, r.geturl().endswith("/final"), r.read(), r.headers["Content-Length"])

child.wait(timeout=20)
print(child.stderr.read())
print(child.returncode)

try:
    http.client.HTTPConnection("127.0.0.1", 1).request("GET", "/")
except ConnectionRefusedError as e:
    print("refused", e.errno)
try:
    urllib.request.urlopen("http://127.0.0.1:1/", timeout=5)
except urllib.error.URLError as e:
    print("URLError", type(e.reason).__name__)
try:
    http.client.HTTPConnection("bad host\n")
except http.client.InvalidURL as e:
    print("InvalidURL", e)
with urllib.request.urlopen("data:text/plain;base64,aGk=") as r:
    print(r.read(), r.headers.get_content_type())
req = urllib.request.Request("http://example.org/a?b=1", data=b"d", headers={"X-Test": "1"})
print(req.get_method(), req.host, req.selector, req.type, req.header_items(), req.has_header("X-test"))
print(urllib.request.parse_http_list('a, "b, c", d'), urllib.request.parse_keqv_list(['a="1"', "b=2"]))

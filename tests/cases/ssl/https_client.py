# HTTPS with the standard library: an http.server behind TLS, fetched
# with urllib.request and http.client; an untrusted server is an URLError
# whose reason is the certificate error.
import http.client
import http.server
import ssl
import threading
import urllib.error
import urllib.request

from _certs import CA, SERVER


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = f"secure {self.path}".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(SERVER)
httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
httpd.socket = server_ctx.wrap_socket(httpd.socket, server_side=True)
port = httpd.server_address[1]
thread = threading.Thread(target=httpd.serve_forever)
thread.start()

client_ctx = ssl.create_default_context(cafile=CA)
with urllib.request.urlopen(f"https://localhost:{port}/animals/cow", context=client_ctx) as response:
    print(response.status, response.headers["Content-Type"], response.read())

conn = http.client.HTTPSConnection("localhost", port, context=client_ctx)
conn.connect()
print(conn.sock.version(), conn.sock.getpeercert()["subjectAltName"])
conn.request("GET", "/two")
response = conn.getresponse()
print(response.status, response.reason, response.read())
conn.request("GET", "/three")
print(conn.getresponse().read())
conn.close()

try:
    urllib.request.urlopen(f"https://localhost:{port}/", context=ssl.create_default_context())
except urllib.error.URLError as e:
    print(type(e).__name__, type(e.reason).__name__, e.reason.verify_message)

httpd.shutdown()
thread.join()
httpd.server_close()

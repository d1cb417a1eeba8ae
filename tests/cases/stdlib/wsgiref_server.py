# wsgiref: a WSGI application served by simple_server, fetched with
# http.client; Headers and util helpers.
import threading, http.client
from wsgiref.simple_server import make_server, WSGIRequestHandler
from wsgiref.headers import Headers
from wsgiref import util

def app(environ, start_response):
    body = f"{environ['REQUEST_METHOD']} {environ['PATH_INFO']} q={environ['QUERY_STRING']}".encode()
    start_response("200 OK", [("Content-Type", "text/plain"), ("X-Test", "yes")])
    return [body]

class Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass

server = make_server("127.0.0.1", 0, app, handler_class=Quiet)
t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
t.start()
c = http.client.HTTPConnection("127.0.0.1", server.server_port)
c.request("GET", "/a/b?x=1")
r = c.getresponse()
print(r.status, r.getheader("X-Test"), r.getheader("Content-Length"), r.read())
server.shutdown(); t.join(); server.server_close()
h = Headers([("Content-Type", "text/plain")])
h.add_header("content-disposition", "attachment", filename="bud.gif")
h["X-A"] = "1"
print(h.items(), "x-a" in h, h.get_all("CONTENT-TYPE"))
print(bytes(h))
env = {}
util.setup_testing_defaults(env)
print(util.request_uri(env), util.application_uri(env), util.shift_path_info({"PATH_INFO": "/x/y", "SCRIPT_NAME": ""}))

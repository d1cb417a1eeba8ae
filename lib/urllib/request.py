"""urllib.request: opening URLs.

urlopen goes through an OpenerDirector: handlers, each with methods named
<scheme>_open, <scheme>_request and <scheme>_response (and
http_error_<code>), are called in order of handler_order until one
returns a response. The default opener handles proxies from the
environment, http (and https when ssl is available), file: and data:
URLs, redirects and HTTP errors. Authentication handlers are not
implemented yet and say so.
"""

import base64
import bisect
import email
import email.utils
import hashlib
import http.client
import io
import os
import posixpath
import re
import socket
import string
import sys
import tempfile
import time
import contextlib
import warnings

from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import (urlparse, urlsplit, urljoin, unwrap, quote, unquote, _splittype, _splithost,
                          _splitport, _splituser, _splitpasswd, _splitattr, _splitquery, _splitvalue,
                          _splittag, _to_bytes, unquote_to_bytes, urlunparse)
from urllib.response import addinfourl, addclosehook

try:
    import ssl
except ImportError:
    _have_ssl = False
else:
    _have_ssl = True

__all__ = ["Request", "OpenerDirector", "BaseHandler", "HTTPDefaultErrorHandler", "HTTPRedirectHandler",
           "HTTPCookieProcessor", "ProxyHandler", "HTTPPasswordMgr", "HTTPPasswordMgrWithDefaultRealm",
           "HTTPPasswordMgrWithPriorAuth", "AbstractBasicAuthHandler", "HTTPBasicAuthHandler",
           "ProxyBasicAuthHandler", "AbstractDigestAuthHandler", "HTTPDigestAuthHandler",
           "ProxyDigestAuthHandler", "HTTPHandler", "FileHandler", "FTPHandler", "CacheFTPHandler",
           "DataHandler", "UnknownHandler", "HTTPErrorProcessor", "urlopen", "install_opener",
           "build_opener", "pathname2url", "url2pathname", "getproxies", "urlretrieve", "urlcleanup",
           "URLopener", "FancyURLopener", "HTTPSHandler"]

__version__ = "%d.%d" % sys.version_info[:2]

_opener = None


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *, cafile=None, capath=None,
            cadefault=False, context=None):
    """Opens a URL (a string or a Request); returns a response object."""
    global _opener
    if cafile or capath or cadefault:
        raise NotImplementedError("urlopen(cafile=, capath=, cadefault=) needs ssl, which ferropy does not have yet")
    if context:
        opener = build_opener(HTTPSHandler(context=context))
    elif _opener is None:
        _opener = opener = build_opener()
    else:
        opener = _opener
    return opener.open(url, data, timeout)


def install_opener(opener):
    global _opener
    _opener = opener


_url_tempfiles = []


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copies a URL's content to a file; returns (filename, headers)."""
    url_type, path = _splittype(url)
    with contextlib.closing(urlopen(url, data)) as fp:
        headers = fp.info()
        if url_type == "file" and not filename:
            return os.path.normpath(path), headers
        if filename:
            tfp = open(filename, "wb")
        else:
            tfp = tempfile.NamedTemporaryFile(delete=False)
            filename = tfp.name
            _url_tempfiles.append(filename)
        with tfp:
            result = filename, headers
            bs = 1024 * 8
            size = -1
            read = 0
            blocknum = 0
            if "content-length" in headers:
                size = int(headers["Content-Length"])
            if reporthook:
                reporthook(blocknum, bs, size)
            while block := fp.read(bs):
                read += len(block)
                tfp.write(block)
                blocknum += 1
                if reporthook:
                    reporthook(blocknum, bs, size)
    if size >= 0 and read < size:
        raise ContentTooShortError(f"retrieval incomplete: got only {read} out of {size} bytes", result)
    return result


def urlcleanup():
    for temp_file in _url_tempfiles:
        try:
            os.unlink(temp_file)
        except OSError:
            pass
    del _url_tempfiles[:]
    global _opener
    if _opener:
        _opener = None


_cut_port_re = re.compile(r":\d+$", re.ASCII)


def request_host(request):
    url = request.full_url
    host = urlparse(url)[1]
    if host == "":
        host = request.get_header("Host", "")
    return _cut_port_re.sub("", host, 1).lower()


class Request:
    """A request: URL, data, headers (ones for redirects too, and ones
    not), method, and where it came from."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for key, value in headers.items():
            self.add_header(key, value)
        if origin_req_host is None:
            origin_req_host = request_host(self)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return f"{self._full_url}#{self.fragment}"
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url = unwrap(url)
        self._full_url, self.fragment = _splittag(self._full_url)
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = None
        self.fragment = None
        self.selector = ""

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data != self._data:
            self._data = data
            if self.has_header("Content-length"):
                self.remove_header("Content-length")

    @data.deleter
    def data(self):
        self.data = None

    def _parse(self):
        self.type, rest = _splittype(self._full_url)
        if self.type is None:
            raise ValueError(f"unknown url type: {self.full_url!r}")
        self.host, self.selector = _splithost(rest)
        if self.host:
            self.host = unquote(self.host)

    def get_method(self):
        default_method = "POST" if self.data is not None else "GET"
        return getattr(self, "method", default_method)

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        if self.type == "https" and not self._tunnel_host:
            self._tunnel_host = self.host
        else:
            self.type = type
            self.selector = self.full_url
        self.host = host

    def has_proxy(self):
        return self.selector == self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = {**self.unredirected_hdrs, **self.headers}
        return list(hdrs.items())


class OpenerDirector:
    """Calls the handlers in order for each stage of opening a URL."""

    def __init__(self):
        client_version = "Python-urllib/%s" % __version__
        self.addheaders = [("User-agent", client_version)]
        self.handlers = []
        self.handle_open = {}
        self.handle_error = {}
        self.process_response = {}
        self.process_request = {}

    def add_handler(self, handler):
        if not hasattr(handler, "add_parent"):
            raise TypeError(f"expected BaseHandler instance, got {type(handler)!r}")
        added = False
        for meth in dir(handler):
            if meth in ("redirect_request", "do_open", "proxy_open"):
                continue
            i = meth.find("_")
            protocol = meth[:i]
            condition = meth[i + 1:]
            if condition.startswith("error"):
                j = condition.find("_") + i + 1
                kind = meth[j + 1:]
                try:
                    kind = int(kind)
                except ValueError:
                    pass
                lookup = self.handle_error.get(protocol, {})
                self.handle_error[protocol] = lookup
            elif condition == "open":
                kind = protocol
                lookup = self.handle_open
            elif condition == "response":
                kind = protocol
                lookup = self.process_response
            elif condition == "request":
                kind = protocol
                lookup = self.process_request
            else:
                continue
            handlers = lookup.setdefault(kind, [])
            if handlers:
                bisect.insort(handlers, handler)
            else:
                handlers.append(handler)
            added = True
        if added:
            bisect.insort(self.handlers, handler)
            handler.add_parent(self)

    def close(self):
        pass

    def _call_chain(self, chain, kind, meth_name, *args):
        for handler in chain.get(kind, ()):
            func = getattr(handler, meth_name)
            result = func(*args)
            if result is not None:
                return result

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        if isinstance(fullurl, str):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.data = data
        req.timeout = timeout
        protocol = req.type
        meth_name = protocol + "_request"
        for processor in self.process_request.get(protocol, []):
            meth = getattr(processor, meth_name)
            req = meth(req)
        sys.audit("urllib.Request", req.full_url, req.data, req.headers, req.get_method())
        response = self._open(req, data)
        meth_name = protocol + "_response"
        for processor in self.process_response.get(protocol, []):
            meth = getattr(processor, meth_name)
            response = meth(req, response)
        return response

    def _open(self, req, data=None):
        result = self._call_chain(self.handle_open, "default", "default_open", req)
        if result:
            return result
        protocol = req.type
        result = self._call_chain(self.handle_open, protocol, protocol + "_open", req)
        if result:
            return result
        return self._call_chain(self.handle_open, "unknown", "unknown_open", req)

    def error(self, proto, *args):
        if proto in ("http", "https"):
            dict = self.handle_error["http"]
            proto = args[2]
            meth_name = "http_error_%s" % proto
            http_err = 1
            orig_args = args
        else:
            dict = self.handle_error
            meth_name = proto + "_error"
            http_err = 0
        args = (dict, proto, meth_name) + args
        result = self._call_chain(*args)
        if result:
            return result
        if http_err:
            args = (dict, "default", "http_error_default") + orig_args
            return self._call_chain(*args)


def build_opener(*handlers):
    """An OpenerDirector with the default handlers, replaced or extended by
    the given handlers (classes or instances)."""
    opener = OpenerDirector()
    default_classes = [ProxyHandler, UnknownHandler, HTTPHandler, HTTPDefaultErrorHandler, HTTPRedirectHandler,
                       FileHandler, HTTPErrorProcessor, DataHandler]
    if _have_ssl:
        default_classes.append(HTTPSHandler)
    skip = set()
    for klass in default_classes:
        for check in handlers:
            if isinstance(check, type):
                if issubclass(check, klass):
                    skip.add(klass)
            elif isinstance(check, klass):
                skip.add(klass)
    for klass in skip:
        default_classes.remove(klass)
    for klass in default_classes:
        opener.add_handler(klass())
    for h in handlers:
        if isinstance(h, type):
            h = h()
        opener.add_handler(h)
    return opener


class BaseHandler:
    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        if not hasattr(other, "handler_order"):
            return True
        return self.handler_order < other.handler_order


class HTTPErrorProcessor(BaseHandler):
    """Sends non-2xx responses to the error handlers."""

    handler_order = 1000

    def http_response(self, request, response):
        code, msg, hdrs = response.code, response.msg, response.info()
        if not (200 <= code < 300):
            response = self.parent.error("http", request, response, code, msg, hdrs)
        return response

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    """Follows 301, 302, 303, 307 and 308 redirects (at most 10, no loops)."""

    max_repeats = 4
    max_redirections = 10

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        m = req.get_method()
        if (not (code in (301, 302, 303, 307, 308) and m in ("GET", "HEAD")
                 or code in (301, 302, 303) and m == "POST")):
            raise HTTPError(req.full_url, code, msg, headers, fp)
        newurl = newurl.replace(" ", "%20")
        content_headers = ("content-length", "content-type")
        newheaders = {k: v for k, v in req.headers.items() if k.lower() not in content_headers}
        return Request(newurl, headers=newheaders, origin_req_host=req.origin_req_host, unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        if "location" in headers:
            newurl = headers["location"]
        elif "uri" in headers:
            newurl = headers["uri"]
        else:
            return
        urlparts = urlparse(newurl)
        if not urlparts.path and urlparts.netloc:
            urlparts = list(urlparts)
            urlparts[2] = "/"
        newurl = urlunparse(urlparts)
        newurl = quote(newurl, encoding="iso-8859-1", safe=string.punctuation)
        newurl = urljoin(req.full_url, newurl)
        urlparts = urlparse(newurl)
        if urlparts.scheme not in ("http", "https", "ftp", ""):
            raise HTTPError(newurl, code, f"{msg} - Redirection to url '{newurl}' is not allowed", headers, fp)
        new = self.redirect_request(req, fp, code, msg, headers, newurl)
        if new is None:
            return
        if hasattr(req, "redirect_dict"):
            visited = new.redirect_dict = req.redirect_dict
            if (visited.get(newurl, 0) >= self.max_repeats or len(visited) >= self.max_redirections):
                raise HTTPError(req.full_url, code, self.inf_msg + msg, headers, fp)
        else:
            visited = new.redirect_dict = req.redirect_dict = {}
        visited[newurl] = visited.get(newurl, 0) + 1
        fp.read()
        fp.close()
        return self.parent.open(new, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    inf_msg = ("The HTTP server returned a redirect error that would lead to an infinite loop.\n"
               "The last 30x error message was:\n")


def _parse_proxy(proxy):
    """(scheme, user, password, host:port) of a proxy URL or authority."""
    scheme, r_scheme = _splittype(proxy)
    if not r_scheme.startswith("/"):
        scheme = None
        authority = proxy
    else:
        if not r_scheme.startswith("//"):
            raise ValueError(f"proxy URL with no authority: {proxy!r}")
        end = r_scheme.find("/", 2)
        if end == -1:
            end = None
        authority = r_scheme[2:end]
    userinfo, hostport = _splituser(authority)
    if userinfo is not None:
        user, password = _splitpasswd(userinfo)
    else:
        user = password = None
    return scheme, user, password, hostport


class ProxyHandler(BaseHandler):
    handler_order = 100

    def __init__(self, proxies=None):
        if proxies is None:
            proxies = getproxies()
        assert hasattr(proxies, "keys"), "proxies must be a mapping"
        self.proxies = proxies
        for type, url in proxies.items():
            type = type.lower()
            setattr(self, f"{type}_open",
                    lambda r, proxy=url, type=type, meth=self.proxy_open: meth(r, proxy, type))

    def proxy_open(self, req, proxy, type):
        orig_type = req.type
        proxy_type, user, password, hostport = _parse_proxy(proxy)
        if proxy_type is None:
            proxy_type = orig_type
        if req.host and proxy_bypass(req.host):
            return None
        if user and password:
            user_pass = f"{unquote(user)}:{unquote(password)}"
            creds = base64.b64encode(user_pass.encode()).decode("ascii")
            req.add_header("Proxy-authorization", "Basic " + creds)
        hostport = unquote(hostport)
        req.set_proxy(hostport, proxy_type)
        if orig_type == proxy_type or orig_type == "https":
            return None
        return self.parent.open(req, timeout=req.timeout)


class _AuthNotImplemented:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError(f"urllib.request.{type(self).__name__} is not supported by ferropy yet")


class HTTPPasswordMgr(_AuthNotImplemented):
    pass


class HTTPPasswordMgrWithDefaultRealm(HTTPPasswordMgr):
    pass


class HTTPPasswordMgrWithPriorAuth(HTTPPasswordMgrWithDefaultRealm):
    pass


class AbstractBasicAuthHandler(_AuthNotImplemented):
    pass


class HTTPBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    pass


class ProxyBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    pass


class AbstractDigestAuthHandler(_AuthNotImplemented):
    pass


class HTTPDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler):
    pass


class ProxyDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler):
    pass


class FTPHandler(_AuthNotImplemented, BaseHandler):
    pass


class CacheFTPHandler(FTPHandler):
    pass


class URLopener(_AuthNotImplemented):
    pass


class FancyURLopener(URLopener):
    pass


class AbstractHTTPHandler(BaseHandler):
    def __init__(self, debuglevel=None):
        self._debuglevel = debuglevel if debuglevel is not None else http.client.HTTPConnection.debuglevel

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def _get_content_length(self, request):
        return http.client.HTTPConnection._get_content_length(request.data, request.get_method())

    def do_request_(self, request):
        host = request.host
        if not host:
            raise URLError("no host given")
        if request.data is not None:
            data = request.data
            if isinstance(data, str):
                raise TypeError("POST data should be bytes, an iterable of bytes, or a file object. "
                                "It cannot be of type str.")
            if not request.has_header("Content-type"):
                request.add_unredirected_header("Content-type", "application/x-www-form-urlencoded")
            if (not request.has_header("Content-length") and not request.has_header("Transfer-encoding")):
                content_length = self._get_content_length(request)
                if content_length is not None:
                    request.add_unredirected_header("Content-length", str(content_length))
                else:
                    request.add_unredirected_header("Transfer-encoding", "chunked")
        sel_host = host
        if request.has_proxy():
            scheme, sel = _splittype(request.selector)
            sel_host, sel_path = _splithost(sel)
        if not request.has_header("Host"):
            request.add_unredirected_header("Host", sel_host)
        for name, value in self.parent.addheaders:
            name = name.capitalize()
            if not request.has_header(name):
                request.add_unredirected_header(name, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        host = req.host
        if not host:
            raise URLError("no host given")
        h = http_class(host, timeout=req.timeout, **http_conn_args)
        h.set_debuglevel(self._debuglevel)
        headers = dict(req.unredirected_hdrs)
        headers.update({k: v for k, v in req.headers.items() if k not in headers})
        headers["Connection"] = "close"
        headers = {name.title(): val for name, val in headers.items()}
        if req._tunnel_host:
            tunnel_headers = {}
            proxy_auth_hdr = "Proxy-Authorization"
            if proxy_auth_hdr in headers:
                tunnel_headers[proxy_auth_hdr] = headers[proxy_auth_hdr]
                del headers[proxy_auth_hdr]
            h.set_tunnel(req._tunnel_host, headers=tunnel_headers)
        try:
            try:
                h.request(req.get_method(), req.selector, req.data, headers,
                          encode_chunked=req.has_header("Transfer-encoding"))
            except OSError as err:
                raise URLError(err) from None
            r = h.getresponse()
        except BaseException:
            h.close()
            raise
        if h.sock:
            h.sock.close()
            h.sock = None
        r.url = req.get_full_url()
        r.msg = r.reason
        return r


class HTTPHandler(AbstractHTTPHandler):
    def http_open(self, req):
        return self.do_open(http.client.HTTPConnection, req)

    http_request = AbstractHTTPHandler.do_request_


if _have_ssl:
    class HTTPSHandler(AbstractHTTPHandler):
        def __init__(self, debuglevel=None, context=None, check_hostname=None):
            super().__init__(debuglevel)
            self._context = context

        def https_open(self, req):
            return self.do_open(http.client.HTTPSConnection, req, context=self._context)

        https_request = AbstractHTTPHandler.do_request_
else:
    class HTTPSHandler(_AuthNotImplemented, BaseHandler):
        """https needs the ssl module, which ferropy does not have yet."""


class HTTPCookieProcessor(BaseHandler):
    def __init__(self, cookiejar=None):
        import http.cookiejar
        if cookiejar is None:
            cookiejar = http.cookiejar.CookieJar()
        self.cookiejar = cookiejar

    def http_request(self, request):
        self.cookiejar.add_cookie_header(request)
        return request

    def http_response(self, request, response):
        self.cookiejar.extract_cookies(response, request)
        return response

    https_request = http_request
    https_response = http_response


class UnknownHandler(BaseHandler):
    def unknown_open(self, req):
        raise URLError(f"unknown url type: {req.type}")


def parse_keqv_list(l):
    """{key: value} of 'key=value' items (values unquoted)."""
    parsed = {}
    for elt in l:
        k, v = elt.split("=", 1)
        if v[0] == '"' and v[-1] == '"':
            v = v[1:-1]
        parsed[k] = v
    return parsed


def parse_http_list(s):
    """The comma-separated items of an HTTP list header, quoted strings
    (with their backslash escapes) kept whole."""
    res = []
    part = ""
    escape = quote = False
    for cur in s:
        if escape:
            part += cur
            escape = False
            continue
        if quote:
            if cur == "\\":
                escape = True
                continue
            elif cur == '"':
                quote = False
            part += cur
            continue
        if cur == ",":
            res.append(part)
            part = ""
            continue
        if cur == '"':
            quote = True
        part += cur
    if part:
        res.append(part)
    return [part.strip() for part in res]


class FileHandler(BaseHandler):
    def file_open(self, req):
        url = req.selector
        if url[:2] == "//" and url[2:3] != "/" and (req.host and req.host != "localhost"):
            if req.host not in self.get_names():
                raise URLError("file:// scheme is supported only on localhost")
        return self.open_local_file(req)

    names = None

    def get_names(self):
        if FileHandler.names is None:
            try:
                FileHandler.names = tuple(socket.gethostbyname_ex("localhost")[2] +
                                          socket.gethostbyname_ex(socket.gethostname())[2])
            except socket.gaierror:
                FileHandler.names = (socket.gethostbyname("localhost"),)
        return FileHandler.names

    def open_local_file(self, req):
        import mimetypes
        host = req.host
        filename = req.selector
        localfile = url2pathname(filename)
        try:
            stats = os.stat(localfile)
            size = stats.st_size
            modified = email.utils.formatdate(stats.st_mtime, usegmt=True)
            mtype = mimetypes.guess_type(filename)[0]
            headers = email.message_from_string("Content-type: %s\nContent-length: %d\nLast-modified: %s\n" % (
                mtype or "text/plain", size, modified))
            if host:
                host, port = _splitport(host)
            if not host or (not port and _safe_gethostbyname(host) in self.get_names()):
                origurl = "file://" + host + filename if host else "file://" + filename
                return addinfourl(open(localfile, "rb"), headers, origurl)
        except OSError as exp:
            raise URLError(exp) from None
        raise URLError("file not on local host")


def _safe_gethostbyname(host):
    try:
        return socket.gethostbyname(host)
    except socket.gaierror:
        return None


class DataHandler(BaseHandler):
    def data_open(self, req):
        url = req.full_url
        scheme, data = url.split(":", 1)
        mediatype, data = data.split(",", 1)
        data = unquote_to_bytes(data)
        if mediatype.endswith(";base64"):
            data = base64.decodebytes(data)
            mediatype = mediatype[:-7]
        if not mediatype:
            mediatype = "text/plain;charset=US-ASCII"
        headers = email.message_from_string("Content-type: %s\nContent-length: %d\n" % (mediatype, len(data)))
        return addinfourl(io.BytesIO(data), headers, url)


def url2pathname(pathname):
    return unquote(pathname)


def pathname2url(pathname):
    return quote(pathname)


def getproxies_environment():
    """{scheme: proxy URL} from the *_proxy environment variables (the
    lower-case ones win; REQUEST_METHOD set means CGI, where HTTP_PROXY
    is the client's and ignored)."""
    proxies = {}
    for name, value in os.environ.items():
        name = name.lower()
        if value and name[-6:] == "_proxy":
            proxies[name[:-6]] = value
    if "REQUEST_METHOD" in os.environ:
        proxies.pop("http", None)
    for name, value in os.environ.items():
        if name[-6:] == "_proxy":
            name = name.lower()
            if value:
                proxies[name[:-6]] = value
            else:
                proxies.pop(name[:-6], None)
    return proxies


def proxy_bypass_environment(host, proxies=None):
    """Whether host is in no_proxy (or no_proxy is '*')."""
    if proxies is None:
        proxies = getproxies_environment()
    try:
        no_proxy = proxies["no"]
    except KeyError:
        return False
    if no_proxy == "*":
        return True
    host = host.lower()
    hostonly, port = _splitport(host)
    for name in no_proxy.split(","):
        name = name.strip()
        if name:
            name = name.lstrip(".")
            name = name.lower()
            if hostonly == name or host == name:
                return True
            name = "." + name
            if hostonly.endswith(name) or host.endswith(name):
                return True
    return False


def _proxy_bypass_macosx_sysconf(host, proxy_settings):
    """Whether host bypasses the proxy by macOS-style settings: a dict with
    'exclude_simple' (names without a dot) and 'exceptions' (glob patterns,
    or IPv4 prefixes such as '10.0/16')."""
    from fnmatch import fnmatch

    hostonly, port = _splitport(host)
    if "." not in host and proxy_settings["exclude_simple"]:
        return True

    def as_int(text):
        parts = [int(p) for p in text.split(".")]
        parts = (parts + [0, 0, 0, 0])[:4]
        return (parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]

    host_ip = None
    for value in proxy_settings.get("exceptions", ()):
        if not value:
            continue
        m = re.match(r"(\d+(?:\.\d+)*)(/\d+)?", value)
        if m is None:
            if fnmatch(host, value):
                return True
            continue
        if host_ip is None:
            try:
                host_ip = as_int(socket.gethostbyname(hostonly))
            except OSError:
                continue
        base = as_int(m.group(1))
        bits = int(m.group(2)[1:]) if m.group(2) else 8 * (m.group(1).count(".") + 1)
        if not 0 <= bits <= 32:
            continue
        shift = 32 - bits
        if (host_ip >> shift) == (base >> shift):
            return True
    return False


getproxies = getproxies_environment


def proxy_bypass(host):
    return proxy_bypass_environment(host)

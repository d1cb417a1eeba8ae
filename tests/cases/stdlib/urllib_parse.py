from urllib.parse import *
import urllib.parse as up
urls = ["http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag", "https://[::1]:443/x", "ftp://ftp.x.org/pub", "mailto:me@x.org", "/just/path?x", "//netloc/path", "file:///etc/hosts", "http://a/b/c/d;p?q", "HTTP://X.org", "a:b", "path:80", "http://[v1.fe]/", "  http://x.org/a\tb\n"]
for u in urls:
    p = urlparse(u); s = urlsplit(u)
    print(p, s.geturl(), p.username, p.password, p.hostname, p.port, urlunparse(p) )
for ref in ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", ";x", "g;x", "", ".", "./", "..", "../", "../g", "../..", "../../g", "../../../g", "/./g", "g.", ".g", "g..", "..g", "./../g", "g/./h", "g/../h", "http:g"]:
    print(repr(ref), urljoin("http://a/b/c/d;p?q", ref))
print(quote("a b/c?d=é&f"), quote("a b", safe=""), quote_plus("a b&c"), quote(b"\xff\x00"), quote("~_.-"), quote_from_bytes(b"a+b"))
print(unquote("a%20b%C3%A9%zz%"), unquote_plus("a+b%2B"), unquote_to_bytes("%41%ZZ"), unquote(b"%41"))
print(urlencode({"a": 1, "b": "x y", "c": ["1", "2"]}), urlencode({"c": ["1", "2"]}, doseq=True), urlencode([("k", b"\xff")]))
print(parse_qs("a=1&a=2&b=&c=x+y%21"), parse_qs("a=1&b=", keep_blank_values=True), parse_qsl("a=1;b=2", separator=";"))
print(urldefrag("http://x/y#z"), urlparse(b"http://x/y?q").decode(), urlparse("http://x/y").encode())
for bad in [lambda: urlparse("http://[::1/"), lambda: urlparse("http://x:abc/").port, lambda: urlparse("http://x:99999/").port, lambda: urljoin("http://x", b"y"), lambda: parse_qsl("a", strict_parsing=True), lambda: urlsplit("http://[1.2.3.4]/")]:
    try: print(bad())
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(up.uses_netloc[:3], SplitResult._fields, ParseResult("a","b","c","d","e","f").geturl())

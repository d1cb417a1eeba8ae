from http import cookies
c = cookies.SimpleCookie()
c["a"] = "plain"; c["b"] = "needs quoting; yes"; c["b"]["path"] = "/x"; c["b"]["max-age"] = 60; c["b"]["httponly"] = True; c["b"]["comment"] = "hi there"
print(c.output()); print(repr(c)); print(c["b"].OutputString(), repr(c["a"]))
d = cookies.SimpleCookie('k1=v1; k2="quoted \\"x\\""; Path=/p; Secure; k3=v3')
print(sorted(d.keys()), d["k2"].value, d["k2"]["path"], d["k2"]["secure"], d["k3"].value, d.output(header="Cookie:"))
print(cookies.SimpleCookie("bad key=1").keys(), cookies.SimpleCookie("x=1; expires=Wed, 21 Oct 2015 07:28:00 GMT")["x"]["expires"])
m = cookies.Morsel(); m.set("n", "v", "v"); print(m.output(), m.key, m == m.copy())
for bad in [lambda: m.__setitem__("bogus", 1), lambda: m.set("path", 1, 1), lambda: m.set("a b", 1, 1)]:
    try: bad()
    except cookies.CookieError as e: print(e)
print(cookies._quote("a\x01b\\c"), cookies._unquote('"a\\001b\\\\c"'), cookies.BaseCookie({"z": 1}))

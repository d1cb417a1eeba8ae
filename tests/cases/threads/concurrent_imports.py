# Threads importing the same modules at once: each gets the module whole
# (a module another thread is loading is waited for, not seen half made).
import threading, sys
errs = []
names = ["json", "decimal", "fractions", "statistics", "textwrap", "difflib", "csv", "email.message", "http.client", "urllib.parse", "pprint", "calendar", "ipaddress", "uuid", "zipfile", "tarfile"]
def imp(n):
    try:
        __import__(n)
        m = sys.modules[n]
        getattr(m, "__name__")
    except Exception as e:
        errs.append(repr(e))
ts = [threading.Thread(target=imp, args=(n,)) for n in names for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(errs)

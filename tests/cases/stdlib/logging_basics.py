# logging: the lazy basicConfig of the module functions, loggers in a
# hierarchy, handlers (stream, file), the three format styles, filters,
# adapters, levels, disable, captureWarnings, exceptions in records.
import logging, io, sys, os
logging.warning("before config %s", 1)
logging.info("not shown")
log = logging.getLogger("app.db")
print(log, log.parent, logging.getLogger(), logging.getLogger("app"), log.parent)
buf = io.StringIO()
logging.basicConfig(level=logging.DEBUG, stream=buf, format="%(levelname)s|%(name)s|%(message)s|%(funcName)s|%(lineno)d|%(module)s")
def work():
    log.debug("debug %d", 5)
    log.info("info %(x)s", {"x": "mapped"})
    logging.getLogger("app").warning("parent")
work()
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
log.error("with extra", extra={"user": "bob"})
print(buf.getvalue().replace(__file__, "FILE"))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("{levelname:>8} {name}: {message}", style="{"))
h.setLevel(logging.INFO)
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.debug("hidden"); other.info("shown"); other.critical("critical!")
other.addFilter(lambda r: "secret" not in r.getMessage())
other.warning("a secret"); other.warning("public")
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("$levelname - $message", style="$"))
ad = logging.LoggerAdapter(other, {"k": 1}); ad.warning("adapter")
f = logging.Filter("a.b")
print(f.filter(logging.makeLogRecord({"name": "a.b.c"})), f.filter(logging.makeLogRecord({"name": "a.bc"})))
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(15), logging.INFO)
print(log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG), other.level, h, logging.root)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "logging_basics.tmp")
fh = logging.FileHandler(path, mode="w")
fh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
other.addHandler(fh); other.error("to file"); fh.close(); other.removeHandler(fh)
print(open(path).read(), end="")
os.remove(path)
for bad in [lambda: logging.Formatter("%(message", validate=True), lambda: logging.getLogger().setLevel("LOUD"), lambda: logging.basicConfig(stream=sys.stdout, filename="x", force=True)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
logging.disable(logging.CRITICAL); other.critical("disabled"); logging.disable(logging.NOTSET)
fmt = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
r = logging.makeLogRecord({"msg": "m", "created": 0.5, "msecs": 500.0})
print(fmt.format(r)[:4].isdigit(), logging.Formatter().formatTime(r)[-4:])
logging.captureWarnings(True)
import warnings
wl = logging.getLogger("py.warnings"); wl.addHandler(h); wl.propagate = False
warnings.warn("through logging")
logging.captureWarnings(False)
print(logging.getLogger("app.db") is log, logging.getLogger("app.db.x").parent is log)
log.log(25, "custom level")
logging.addLevelName(25, "NOTICE"); log.log(25, "named custom")
print(buf.getvalue().splitlines()[-2:])

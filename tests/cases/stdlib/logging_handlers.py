import logging
import logging.config
import logging.handlers
import os
import sys
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "app.log")

log = logging.getLogger("rot")
log.setLevel(logging.DEBUG)
handler = logging.handlers.RotatingFileHandler(path, maxBytes=60, backupCount=2)
handler.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
log.addHandler(handler)
for i in range(12):
    log.info("message number %d", i)
handler.close()
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name)) as f:
        print(name, repr(f.read()))

mem_target = logging.StreamHandler(sys.stdout)
mem_target.setFormatter(logging.Formatter("buffered %(levelname)s %(message)s"))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=mem_target)
mlog = logging.getLogger("mem")
mlog.addHandler(mem)
mlog.propagate = False
mlog.warning("one")
mlog.warning("two")
print("nothing yet")
mlog.warning("three")
mlog.warning("four")
mlog.error("flush now")
mem.close()

class ListQueue:
    def __init__(self):
        self.items = []

    def put_nowait(self, item):
        self.items.append(item)

q = ListQueue()
qlog = logging.getLogger("queue")
qlog.addHandler(logging.handlers.QueueHandler(q))
qlog.propagate = False
qlog.warning("queued %s", "value")
print([(r.msg, r.args, r.levelname) for r in q.items])

timed = logging.handlers.TimedRotatingFileHandler(os.path.join(d, "timed.log"), when="midnight", backupCount=3)
print(timed.when, timed.interval, timed.suffix, timed.rolloverAt > 0)
timed.close()
for when in ("S", "M", "H", "D", "W3"):
    h = logging.handlers.TimedRotatingFileHandler(os.path.join(d, "t.log"), when=when, interval=2)
    print(when, h.interval, h.suffix)
    h.close()
for bad in ("X", "W9", "W"):
    try:
        logging.handlers.TimedRotatingFileHandler(os.path.join(d, "t.log"), when=bad)
    except ValueError as e:
        print("ValueError", e)

watched = logging.handlers.WatchedFileHandler(os.path.join(d, "watched.log"))
wlog = logging.getLogger("watched")
wlog.addHandler(watched)
wlog.warning("before move")
os.rename(os.path.join(d, "watched.log"), os.path.join(d, "watched.log.old"))
wlog.warning("after move")
watched.close()
print(open(os.path.join(d, "watched.log")).read(), end="")
print(open(os.path.join(d, "watched.log.old")).read(), end="")

old = logging.getLogger("old.module")
logging.config.dictConfig({
    "version": 1,
    "formatters": {"brief": {"format": "%(name)s|%(levelname)s|%(message)s"},
                   "curly": {"format": "{levelname}: {message}", "style": "{"}},
    "filters": {"only_app": {"name": "app"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "brief", "stream": "ext://sys.stdout",
                    "level": "INFO"},
        "file": {"class": "logging.FileHandler", "filename": os.path.join(d, "config.log"), "formatter": "curly",
                 "mode": "w"},
        "buffer": {"class": "logging.handlers.MemoryHandler", "capacity": 10, "target": "console"},
    },
    "loggers": {"app": {"level": "DEBUG", "handlers": ["console", "file"], "propagate": False,
                        "filters": ["only_app"]},
                "app.db": {"level": "WARNING"}},
    "root": {"level": "ERROR", "handlers": ["console"]},
})
logging.getLogger("app").debug("debug hidden by handler level")
logging.getLogger("app").info("app info")
logging.getLogger("app.db").info("db info hidden")
logging.getLogger("app.db").warning("db warning")
logging.getLogger("other").warning("root drops warning")
logging.getLogger("other").error("root error")
old.error("old logger disabled")
print(old.disabled, logging.getLogger("app").propagate, logging.getLogger("app").level)
logging.shutdown()
print(open(os.path.join(d, "config.log")).read(), end="")
for bad in [{}, {"version": 2}, {"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}},
            {"version": 1, "loggers": {"x": {"handlers": ["missing"]}}},
            {"version": 1, "formatters": {"f": {"format": "%(x", "style": "?"}}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError", e, "|", type(e.__cause__).__name__ if e.__cause__ else None)
import shutil
shutil.rmtree(d)

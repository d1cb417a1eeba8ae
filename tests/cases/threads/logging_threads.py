# logging from threads: records name their thread; QueueHandler and
# QueueListener move records to a listener thread.
import logging
import logging.handlers
import queue
import sys
import threading

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(threadName)s %(levelname)s %(message)s"))
log = logging.getLogger("threads")
log.addHandler(handler)
log.setLevel(logging.INFO)
log.propagate = False


def work(n):
    log.info("work %d", n)


for i in range(3):
    t = threading.Thread(target=work, args=(i,), name=f"w{i}")
    t.start()
    t.join()

q = queue.Queue()
listener = logging.handlers.QueueListener(q, handler)
qlog = logging.getLogger("queued")
qlog.addHandler(logging.handlers.QueueHandler(q))
qlog.setLevel(logging.INFO)
qlog.propagate = False
listener.start()
threads = [threading.Thread(target=lambda i=i: qlog.warning("queued %d", i), name=f"q{i}") for i in range(3)]
for t in threads:
    t.start()
    t.join()
listener.stop()
print("listener stopped", listener._thread)

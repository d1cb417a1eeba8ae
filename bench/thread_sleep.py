"""Ten threads each sleep 0.2 s: sleeping releases the interpreter lock,
so all ten finish together (about 0.2 s, not 2 s)."""

import threading
import time

threads = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done", len(threads))

# At exit the interpreter waits for non-daemon threads; daemon threads
# still running are stopped. atexit handlers run after the threads end.
import atexit
import threading
import time

atexit.register(lambda: print("atexit ran"))


def finish_later():
    time.sleep(0.2)
    print("non-daemon thread finished")


def forever():
    while True:
        time.sleep(0.01)


threading.Thread(target=finish_later).start()
threading.Thread(target=forever, daemon=True).start()
print("main done")

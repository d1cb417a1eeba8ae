# multiprocessing queues and pipes between processes: Queue (block,
# timeout, Empty/Full, qsize, close), JoinableQueue, SimpleQueue, Pipe in
# both modes, send/recv of objects and bytes, poll, wait, EOF, and
# Listener/Client with an authentication key.
import multiprocessing as mp
import queue
import time
from multiprocessing.connection import Listener, Client, wait


def producer(q, items):
    for item in items:
        q.put(item)


def consumer(jq, out):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        out.put(item * 10)
        jq.task_done()


def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(("echo", msg))
    conn.close()


def sender(conn, delay, text):
    time.sleep(delay)
    conn.send(text)


def client(address, authkey, results):
    try:
        with Client(address, authkey=authkey) as c:
            c.send("from client")
            results.put(c.recv())
    except mp.AuthenticationError as e:
        results.put("AuthenticationError: %s" % e)


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, [1, "two", (3.0, None), {"four": [4]}, b"five"]))
    p.start()
    print([q.get(timeout=10) for _ in range(5)])
    p.join()
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("Empty after timeout")
    try:
        q.get_nowait()
    except queue.Empty:
        print("Empty at once")

    small = mp.Queue(2)
    small.put(1)
    small.put(2)
    try:
        small.put(3, timeout=0.05)
    except queue.Full:
        print("Full", small.qsize(), small.full())
    print(small.get(), small.get(), small.empty())
    small.close()
    small.join_thread()
    try:
        small.put(4)
    except ValueError as e:
        print("ValueError:", str(e).startswith("Queue") and str(e).endswith("is closed"))

    jq = mp.JoinableQueue()
    out = mp.Queue()
    workers = [mp.Process(target=consumer, args=(jq, out)) for _ in range(2)]
    for w in workers:
        w.start()
    for i in range(6):
        jq.put(i)
    for _ in workers:
        jq.put(None)
    jq.join()
    print("joined", sorted(out.get() for _ in range(6)))
    for w in workers:
        w.join()
    try:
        jq.task_done()
    except ValueError as e:
        print("ValueError:", e)

    sq = mp.SimpleQueue()
    print(sq.empty())
    sq.put([1, 2])
    print(sq.empty(), sq.get())
    sq.close()

    parent, child = mp.Pipe()
    p = mp.Process(target=echo, args=(child,))
    p.start()
    child.close()
    for msg in (1, "x", [1, {2: 3}]):
        parent.send(msg)
        print(parent.recv())
    print(parent.poll(), parent.readable, parent.writable)
    parent.send(None)
    parent.close()
    p.join()
    print(parent.closed)
    try:
        parent.send(1)
    except OSError as e:
        print("OSError:", e)

    r, w = mp.Pipe(duplex=False)
    w.send_bytes(b"raw bytes")
    print(r.poll(1), r.recv_bytes())
    w.send_bytes(b"abcdef", 2, 3)
    print(r.recv_bytes())
    w.send_bytes(b"0123456789")
    buf = bytearray(16)
    print(r.recv_bytes_into(buf, 2), bytes(buf))
    w.send_bytes(b"x" * 20)
    try:
        r.recv_bytes_into(bytearray(4))
    except mp.BufferTooShort as e:
        print("BufferTooShort", e.args[0])
    for bad in (lambda: r.send(1), lambda: w.recv()):
        try:
            bad()
        except OSError as e:
            print("OSError:", e)
    w.send_bytes(b"y" * 10)
    try:
        r.recv_bytes(maxlength=5)
    except OSError as e:
        print("OSError:", e)
    w.close()
    try:
        r.recv()
    except EOFError:
        print("EOFError")
    except OSError as e:
        print("OSError:", e)

    pairs = [mp.Pipe(duplex=False) for _ in range(3)]
    procs = [mp.Process(target=sender, args=(w, 0.05 * (i + 1), "msg%d" % i)) for i, (r, w) in enumerate(pairs)]
    for p in procs:
        p.start()
    readers = [r for r, w in pairs]
    got = []
    while readers:
        for r in wait(readers, timeout=10):
            got.append(r.recv())
            readers.remove(r)
    print(sorted(got))
    for p in procs:
        p.join()
    print(wait([p.sentinel for p in procs], timeout=0) != [])

    results = mp.Queue()
    with Listener(authkey=b"secret") as listener:
        print(type(listener.address).__name__, listener.last_accepted)
        c = mp.Process(target=client, args=(listener.address, b"secret", results))
        c.start()
        with listener.accept() as conn:
            conn.send(["hello", conn.recv()])
        print(results.get(timeout=10))
        c.join()
        print(c.exitcode)
        c = mp.Process(target=client, args=(listener.address, b"wrong", results))
        c.start()
        try:
            listener.accept()
        except mp.AuthenticationError as e:
            print("AuthenticationError:", e)
        print(results.get(timeout=10))
        c.join()

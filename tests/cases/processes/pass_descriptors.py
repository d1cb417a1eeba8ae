# Connections and sockets sent through a Queue to a running process (the
# resource sharer serves their descriptors), and send_handle/recv_handle.
import multiprocessing as mp, os, socket

def worker(q, out):
    conn = q.get()
    conn.send("hello through a passed connection")
    s = q.get()
    s.sendall(b"socket passed too")
    s.close()
    out.put("done")

if __name__ == "__main__":
    for method in ["fork", "spawn"]:
        ctx = mp.get_context(method)
        q, out = ctx.Queue(), ctx.Queue()
        p = ctx.Process(target=worker, args=(q, out))
        p.start()
        a, b = ctx.Pipe()
        q.put(b)
        print(method, a.recv())
        s1, s2 = socket.socketpair()
        q.put(s2)
        print(method, s1.recv(100))
        print(out.get())
        p.join()
        print(p.exitcode)
    from multiprocessing import reduction
    r, w = os.pipe()
    a, b = mp.Pipe()
    pid = os.fork()
    if pid == 0:
        fd = reduction.recv_handle(b)
        os.write(fd, b"via recv_handle")
        os._exit(0)
    reduction.send_handle(a, w, pid)
    os.waitpid(pid, 0)
    os.close(w)
    print(os.read(r, 100))
    print(reduction.HAVE_SEND_HANDLE)

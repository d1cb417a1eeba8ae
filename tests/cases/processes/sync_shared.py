# Locks, semaphores, conditions, events and barriers across processes,
# and Value/Array/RawValue/RawArray in shared memory.
import multiprocessing as mp
from ctypes import c_double

def inc(v, a, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1
    with a.get_lock():  # read-modify-write: unlocked, updates could be lost
        for i in range(len(a)):
            a[i] = a[i] * 2

if __name__ == "__main__":
    v = mp.Value('i', 0)
    a = mp.Array('d', [1.0, 2.0, 3.0])
    ps = [mp.Process(target=inc, args=(v, a, 200)) for _ in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(v.value, a[:], len(a), v)
    r = mp.RawValue(c_double, 1.5); print(r, r.value)
    s = mp.Array('c', b'hello'); print(s.value, s.raw); s.value = b'hi'; print(s.value, s.raw)
    z = mp.RawArray('i', 4); print(z[:], list(z))
    print(mp.Value('d', 2.5, lock=False))
    l = mp.Lock(); print(l); l.acquire(); print(l); l.release()
    rl = mp.RLock(); print(rl); rl.acquire(); rl.acquire(); print(rl); rl.release(); rl.release()
    print(mp.Semaphore(3), mp.BoundedSemaphore(2))
    c = mp.Condition(); print(c)
    e = mp.Event(); print(e.is_set()); e.set(); print(e.is_set(), e.wait(1))
    try:
        mp.BoundedSemaphore(1).release()
    except ValueError as x: print(x)
    b = mp.Barrier(2)
    def side(b, q): q.put(b.wait())
    q = mp.Queue()
    p = mp.Process(target=side, args=(b, q)); p.start()
    me = b.wait(); other = q.get(); p.join()
    print(sorted([me, other]))

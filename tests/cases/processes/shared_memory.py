# multiprocessing.shared_memory: SharedMemory attached by name from a child,
# its buffer, errors, and ShareableList.
from multiprocessing import shared_memory, Process
import multiprocessing as mp

def child(name):
    s = shared_memory.SharedMemory(name)
    s.buf[0] = 42
    s.buf[1:4] = b"xyz"
    s.close()

def child2(sl):
    sl[0] = sl[0] + 1
    sl[2] = "hey"

if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=16)
    print(shm.size, len(shm.buf), bytes(shm.buf[:4]))
    p = Process(target=child, args=(shm.name,)); p.start(); p.join()
    print(shm.buf[0], bytes(shm.buf[:4]), shm.buf[1:4].tobytes(), shm.buf[:3].tolist())
    other = shared_memory.SharedMemory(shm.name)
    print(other.size >= 16, bytes(other.buf[:4]))
    other.close()
    shm.close(); shm.unlink()
    try: shared_memory.SharedMemory(shm.name)
    except FileNotFoundError as e: print("FileNotFoundError", e.errno)
    try: shared_memory.SharedMemory(create=True, size=0)
    except ValueError as e: print(e)
    sl = shared_memory.ShareableList([1, 2.5, "hello", b"by", None, True])
    print(list(sl), len(sl))
    p = Process(target=child2, args=(sl,)); p.start(); p.join()
    print(list(sl), sl.count(2.5), sl.index("hey"))
    try: sl[2] = "x" * 100
    except ValueError as e: print(e)
    sl.shm.close(); sl.shm.unlink()

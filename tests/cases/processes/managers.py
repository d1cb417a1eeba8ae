# multiprocessing.Manager: dict, list, Namespace, Queue, Value, Lock and
# Event proxies shared with child processes.
import multiprocessing as mp


def child(d, l, ns, q, v, lock, i):
    d["child%d" % i] = i
    l.append(99)
    with lock:
        ns.x = ns.x + 1
        v.value += 10
    q.put("from child")


if __name__ == "__main__":
    with mp.Manager() as m:
        d = m.dict()
        l = m.list([1, 2])
        ns = m.Namespace(x=1)
        q = m.Queue()
        v = m.Value("i", 5)
        lock = m.Lock()
        d["a"] = 1
        print(d, l, ns, v.value)
        ps = [mp.Process(target=child, args=(d, l, ns, q, v, lock, i)) for i in range(2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(d.items()), sorted(l), ns.x, q.get(), q.get(), v.value)
        print(len(d), "a" in d, d.get("zz", 0), sorted(iter(d)) == sorted(d.keys()))
        print(d.copy() == {"a": 1, "child0": 0, "child1": 1}, l[0], len(l))
        print(repr(d).split(" at ")[0])
        l.sort()
        l += [7]
        print(l, l.count(99), l.index(99), l[1:3])
        del d["a"]
        print(d.pop("child0"), d.setdefault("n", 5), sorted(d.items()))
        e = m.Event()
        e.set()
        print(e.is_set())
        try:
            d["missing"]
        except KeyError as ex:
            print("KeyError", ex)
        ns.y = "new"
        print(ns.y, ns)

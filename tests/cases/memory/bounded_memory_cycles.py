# Ten million small cycles built and dropped must not grow memory.
import gc

def rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0

class Pair:
    __slots__ = ("other", "payload")

def churn(n):
    for i in range(n):
        a = Pair()
        b = Pair()
        a.other = b
        b.other = a
        a.payload = i

churn(200_000)
gc.collect()
base = rss_kb()
churn(10_000_000)
gc.collect()
grown = rss_kb() - base
print("bounded:", grown < 50_000)

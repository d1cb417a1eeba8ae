"""Sorting a million ints (and a key sort on part of them)."""
x = 42
data = []
for _ in range(1_000_000):
    x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
    data.append(x >> 33)
s = sorted(data)
by_mod = sorted(data[:200_000], key=lambda v: v % 1000)
data.sort(reverse=True)
print(s[0], s[-1], s[500_000], by_mod[:3], data[:3], sum(s[::1000]))

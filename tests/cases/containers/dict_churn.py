# Deleting and re-adding keys many times (tombstones in the hash index)
# must keep lookups finishing and correct; insertion order is kept.
d = {}
for i in range(2000):
    k = 140000000000 + i * 48
    d[k] = i
    d[k + 8] = -i
    del d[k + 8]
    if i % 3:
        del d[k]
print(len(d), sum(d.values()), list(d)[:3] == [140000000000, 140000000000 + 3 * 48, 140000000000 + 6 * 48])
s = {}
for round_ in range(50):
    for j in range(7):
        s["key%d" % j] = round_
    for j in range(7):
        del s["key%d" % j]
print(s, "key3" in s)

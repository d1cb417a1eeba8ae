data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[0]))
print(sorted(data, key=lambda t: t[1], reverse=True))
nums = [(i * 7919) % 1000 for i in range(2000)]
s = sorted(nums)
print(s[:10], s[-10:], s == sorted(s), len(s))
fl = [x / 7 for x in range(-50, 50, 3)]
print(sorted(fl, key=abs)[:5])
mixed = [3, 1.5, True, 2]
print(sorted(mixed))
try:
    [3, "a"].sort()
except TypeError as e:
    print(e)
l = []
try:
    l.pop()
except IndexError as e:
    print(e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print(e)
try:
    l[0] = 1
except IndexError as e:
    print(e)
try:
    [].index(3)
except ValueError as e:
    print(e)
# mutation during sort is detected
m = [3, 2, 1]
def bad_key(x):
    m.append(x)
    return x
try:
    m.sort(key=bad_key)
except ValueError as e:
    print(e)
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return f"R{self.v}"
print(sorted([Rev(1), Rev(3), Rev(2)]))

class Box:
    def __init__(self):
        self.items = [1, 2]
        self.n = 0
b = Box()
b.items += [3]
b.n += 1
print(b.items, b.n)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] += i * 3 + j
print(grid)
d = {"a": [1]}
d["a"] += [2]
d.setdefault("b", []).append(3)
print(d)
t = (1, 2)
t += (3,)
print(t)
s = {1}
s |= {2}
s &= {2, 3}
print(s)
calls = []
def key():
    calls.append("key")
    return 0
lst = [10]
lst[key()] += 5
print(lst, calls)

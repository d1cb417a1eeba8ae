a = b = c = 5
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = "ab"
print(s, t)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = [1]
print(init, tail)
head, *rest = "hello"
print(head, rest)
l = [0] * 5
l[1] = 10
l[2:4] = [20, 30, 40]
print(l)
l[::2] = [7, 7, 7]
print(l)
d = {}
d["k"] = d.get("k", 0) + 1
d["k"] += 5
print(d)
class O: pass
o = O()
o.attr = 3
o.attr *= 4
print(o.attr)
n = 10
n -= 3; n *= 2; n //= 3; n **= 2; n %= 7; n <<= 3; n >>= 1; n |= 1; n &= 13; n ^= 6
print(n)
s = "ab"
s *= 3
print(s)
if (w := len(s)) > 3:
    print("walrus", w)
print([y2 for x2 in range(5) if (y2 := x2 * x2) > 4], y2)
del l[0]
del d["k"]
print(l, d)
lst = [1, 2, 3, 4, 5, 6]
del lst[::2]
print(lst)

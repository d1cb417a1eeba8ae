a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); a.extend([3, 5]); a.insert(0, 0); a.insert(-1, 99); a.insert(100, 7)
print(a, len(a), a.count(5), a.index(5), a.index(5, 7))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(99); a.reverse(); print(a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.sort(key=lambda x: (x % 3, x)); print(a)
b = a.copy(); b.clear(); print(a == b, b, a[:] == a, a[:] is a)
print([1, 2] + [3], [0] * 3, [[]] * 2, 2 * [1], [1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [] < [0])
x = [1, 2, 3, 4, 5, 6]
x[1:3] = ["a", "b", "c"]; print(x)
x[::2] = [0, 0, 0, 0][:len(x[::2])]; print(x)
del x[::3]; print(x)
x[:] = range(4); print(x)
x[1:1] = [9, 9]; print(x)
del x[1]; del x[-1:]; print(x)
x += "ab"; print(x)
x *= 2; print(x)
try:
    x[::2] = [1]
except ValueError as e:
    print(e)
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], len(nested), list(reversed(nested)), sorted([[2, 1], [1, 2], [1]]))
print(list(), list("ab"), list(range(3)), list({1: 2}), list((1, 2)), [*"ab", *[1]])
l = [5, 3, 8]
print(sorted(l), l, max(l), min(l), sum(l), any(l), all([]), l.__len__(), 8 in l, 7 not in l)
s = ["bb", "a", "ccc", "B"]
print(sorted(s), sorted(s, key=len), sorted(s, key=str.lower, reverse=True), sorted(s, key=len, reverse=True))
recursive = [1]
recursive.append(recursive)
print(recursive)

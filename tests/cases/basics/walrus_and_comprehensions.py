data = [1, 5, 3, 8, 2]
print([x for x in data if x > 2])
print({x: x * x for x in data})
print({x % 3 for x in data})
print(list(x * 2 for x in data))
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])
total = 0
print([total := total + x for x in data], total)
print(sum(x for x in range(101)))
matrix = [[1, 2], [3, 4], [5, 6]]
print([row[i] for i in range(2) for row in matrix])
print([x for row in matrix for x in row if x % 2 == 0])
gen = (x * x for x in range(4))
print(next(gen), list(gen))
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print(sorted({c.upper() for c in "hello world" if c.isalpha()}))

for i in range(3):
    if i == 1:
        continue
    print("for", i)
else:
    print("for else")
for i in range(10):
    if i == 2:
        break
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
print("n", n)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
x = 7
if x < 5:
    print("small")
elif x < 10:
    print("medium")
else:
    print("large")
print("yes" if x > 3 else "no")
print(1 < x < 10, 1 < x > 10, x == 7 != 8, 0 < 1 < 2 < 3 < 2)
print(not x, not 0, x and 0, 0 or "default", None or [] or "last")
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)

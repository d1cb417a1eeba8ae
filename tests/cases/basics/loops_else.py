for i in range(3):
    if i == 5:
        break
else:
    print("for completed without break")
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("i after break", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("never")
for _ in []:
    pass
else:
    print("empty for else")
def search(items, target):
    for idx, item in enumerate(items):
        if item == target:
            return idx
    else:
        return -1
print(search("abc", "c"), search("abc", "z"))
for i in range(5):
    if i % 2:
        continue
    print("even", i)
total = 0
for a in range(3):
    for b in range(3):
        if b > a:
            break
        total += a * b
print(total)
count = 0
while count < 10:
    count += 1
    if count % 3:
        continue
    print("multiple of 3:", count)

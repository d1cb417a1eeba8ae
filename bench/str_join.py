"""Building text: joining a million numbers, and a dict of a million str
keys, as data-preparation code does."""

total = 0
for _ in range(5):
    text = "\n".join(map(str, range(10**6)))
    total += len(text)
keys = {str(i): i for i in range(10**6)}
print(total, len(keys), keys["999999"])

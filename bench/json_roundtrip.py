"""json.loads and json.dumps of a 2 MB document of records (numbers,
strings, nested lists and dicts), as a data pipeline reads and writes."""

import json

records = []
x = 2024
for i in range(12000):
    x = (x * 1103515245 + 12345) % 2147483648
    records.append({
        "id": i,
        "name": "sample-%d" % (x % 1000),
        "value": x / 2147483648 * 1000,
        "tags": ["a", "b", "ünï"][: x % 4],
        "point": {"x": x % 97 - 48.5, "y": (x >> 7) % 1001, "ok": x % 3 == 0, "note": None},
    })
text = json.dumps(records)
for _ in range(5):
    back = json.loads(text)
again = ""
for _ in range(2):
    again = json.dumps(back, indent=1, sort_keys=True)
print(len(text), len(again), back == records, back[-1]["value"])

# difflib (SequenceMatcher, ndiff, unified/context diffs, close matches,
# 200 random pairs) and pprint (dicts, nesting, compact, depth, strings,
# bytes, collections types, recursion).
import difflib, pprint
a = ["one\n", "two\n", "three\n", "four\n", "five\n"]
b = ["zero\n", "one\n", "tree\n", "four\n", "fiv\n", "six\n"]
print("".join(difflib.ndiff(a, b)))
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt")))
print("".join(difflib.context_diff(a, b, "a.txt", "b.txt")))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.get_opcodes(), s.get_matching_blocks(), s.find_longest_match(0, 5, 0, 4))
print(difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;").get_opcodes())
import random
r = random.Random(5)
for _ in range(200):
    x = [r.choice("abcde") for _ in range(r.randrange(12))]
    y = [r.choice("abcde") for _ in range(r.randrange(12))]
    print(difflib.SequenceMatcher(None, x, y).get_opcodes(), list(difflib.ndiff(["".join(x)+"\n"], ["".join(y)+"\n"])))
big = [str(i % 7) for i in range(300)]
big2 = big[:100] + ["x"] + big[120:]
print(list(difflib.SequenceMatcher(None, big, big2).get_grouped_opcodes()))
data = {"name": "example", "values": list(range(30)), "nested": {"a": [1, 2, {"b": "c" * 50}], "z": (1,)}, "s": "word " * 30}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2, compact=True)
pprint.pprint(list(range(100)), compact=True)
print(pprint.pformat({3: "x", 1: "y", "a": 2}, sort_dicts=True), pprint.saferepr([1, {2: 3}]), pprint.isrecursive([1]))
l = [1, 2]; l.append(l); print(pprint.pformat(l).replace(str(id(l)), "ID"), pprint.isrecursive(l), pprint.isreadable(l))
from collections import OrderedDict, defaultdict, Counter, deque
pprint.pprint([OrderedDict((str(i), i) for i in range(12)), defaultdict(list, {i: [i] * 5 for i in range(6)}), Counter("abracadabra" * 4), deque(range(40), maxlen=50)])
pprint.pprint(b"abcdefgh" * 20)
pprint.pp({"b": 1, "a": 2})
pprint.pprint(({"x": "y" * 70}, ), depth=1)
pprint.pprint([[1, [2, [3, [4]]]]], depth=2)

# collections: deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap.
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
d.extend([5, 6])
d.extendleft("ab")
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.rotate(2)
print(d, d.count(1), d.index(3), 3 in d)
d.rotate(-3)
print(d, list(reversed(d)))
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
b.appendleft(-1)
print(b, deque() == deque([]), deque([1]) < deque([2]), repr(deque()), deque("ab") + deque("c"), deque([1]) * 3)
for expr in ["deque().pop()", "deque([1])[5]", "deque([1]).remove(2)", "deque([1], maxlen=1).insert(0, 2)", "deque(maxlen=-1)"]:
    try:
        eval(expr)
    except Exception as e:
        print(expr, type(e).__name__, e)

dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "cherry", "blueberry"]:
    dd[word[0]].append(word)
print(dd, dd["z"], len(dd), dd.default_factory, isinstance(dd, dict))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), repr(defaultdict(None, {1: 2})))
try:
    defaultdict()["missing"]
except KeyError as e:
    print("KeyError", e)

c = Counter("abracadabra")
print(c, c["a"], c["zz"], c.most_common(2), sorted(c.elements()), c.total())
c.update("aaz")
c.subtract({"b": 5})
print(c, Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2), +Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(repr(Counter()), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), list(Counter("hello").keys()))

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields, tuple(p), p == (1, 2))
Color = namedtuple("Color", ["red", "green", "blue"], defaults=[0, 0])
print(Color(255), Color._field_defaults, Color.__doc__, isinstance(p, tuple), type(p).__name__)
x, y = p
print(x, y, hash(p) == hash((1, 2)), Point.x.__doc__)
print(namedtuple("R", "a def a", rename=True)._fields)
for expr in ["Point(1)", "Point(1, 2, 3)", "Point(1, 2, z=3)", "namedtuple('T', 'a a')", "namedtuple('T', '_a')",
             "namedtuple('T', 'class')", "Point._make([1])", "p._replace(z=1)"]:
    try:
        eval(expr)
    except Exception as e:
        print(expr, type(e).__name__, e)

od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a")
print(od, od.popitem(), od.popitem(last=False), od, repr(OrderedDict()))
od2 = OrderedDict(x=1, y=2)
od2.move_to_end("y", last=False)
print(od2, OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})

base = {"color": "red", "size": 1}
over = {"size": 2}
cm = ChainMap(over, base)
print(cm["size"], cm["color"], len(cm), sorted(cm), cm.get("nope", 0), "color" in cm)
child = cm.new_child({"size": 3})
child["shape"] = "round"
print(child, child.parents, child["size"], cm.maps[0])

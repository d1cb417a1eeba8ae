print(abs(-5), abs(-2.5), abs(3 + 4j), abs(True), divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 10), pow(2.0, -1))
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234, -2), round(1.5, None), type(round(1.5)), type(round(1.5, 0)))
print(min(3, 1, 2), max([1, 5, 3]), min("b", "a"), max((1, "b"), (1, "a")), min([], default=0), max([3, 1], key=lambda x: -x))
print(min([1, 1.0]), max(1.0, 1), min([[2], [1, 5]]), max("abc", key=ord), min(x for x in [4, 2, 8]))
print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([1, 2], 10), sum([], 5), sum(iter([1.5, 2])))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum((x / 10 for x in range(10))))
print(bin(10), oct(10), hex(10), int("10", 2), float("1.5"), complex(1, 1), bool(2), chr(97), ord("a"))
print(len("abc"), len([1, 2]), len({}), len(range(5)), len(b"xy"), len(frozenset([1])))
class L:
    def __len__(self): return 7
print(len(L()), bool(L()))
class Neg:
    def __len__(self): return -1
try:
    len(Neg())
except ValueError as e:
    print(e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(e)
print(pow(2, 3, 5), pow(-1, 0.5) if False else "skip", 2 ** 0.5 == pow(2, 0.5), pow(10, -2), 0.0 ** 0)
print(sorted([3, 1, 2]), sorted("cba"), sorted({3: 1, 1: 2}), sorted([1, 2, 3], reverse=True))
print(any([]), all([]), any([0, 0.0, ""]), all([1, "a", [0]]))
print(list(map(abs, [-1, -2])), list(map(str, [1, 2])), list(zip(*[(1, 2), (3, 4)])))
print(hash(-1) == -2, round(0.5), round(1.5), round(-1.5), round(2.675, 2), round(5, 1), round(5.0, 1))
print(isinstance(round(5, 1), int), round(float("inf")) if False else "ok")
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    round(float("nan"))
except ValueError as e:
    print(e)

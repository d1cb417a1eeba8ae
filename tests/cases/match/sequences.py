def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [first, *rest] if len(rest) > 3:
            return f"long {first} +{len(rest)}"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"
        case _:
            return "not a sequence"

for v in ([], [1], (1, 2), [1, 2, 3], list(range(10)), "abc", b"ab", {1: 2}, range(3), 5):
    print(repr(v), seq(v))

match (1, (2, 3), [4, [5]]):
    case (a, (b, c), [d, [e]]):
        print(a, b, c, d, e)

match [1, 2, 3]:
    case [*_, 3]:
        print("ends in 3")

match [1, 2]:
    case (1, x) | [x, 1]:
        print("or pattern", x)

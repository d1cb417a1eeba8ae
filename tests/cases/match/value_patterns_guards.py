class Color:
    RED = "r"
    GREEN = "g"

class Consts:
    LIMIT = 10

def v(x):
    match x:
        case Color.RED:
            return "red"
        case Consts.LIMIT:
            return "limit"
        case n if n > 100:
            return "big"
        case (n, m) if n == m:
            return "pair equal"
        case (n, m):
            return "pair"
        case _:
            return "default"

for x in (Color.RED, Color.GREEN, 10, 500, (1, 1), (1, 2), 3):
    print(v(x))

# guard side effects and evaluation order
calls = []
def g(tag, result):
    calls.append(tag)
    return result
match 5:
    case 5 if g("first", False):
        pass
    case 5 if g("second", True):
        print("second matched")
print(calls)

# as patterns and nested or
match [1, [2, 3]]:
    case [1 | 2 as a, [2, 3] as b]:
        print(a, b)

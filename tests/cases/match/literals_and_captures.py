def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case 1 + 2j:
            return "complex"
        case other:
            return f"other {other!r}"

for v in (0, 2, "hello", b"bytes", None, True, False, 1.0, -1, 1.5, 2j, 1+2j, [1], "x"):
    print(repr(v), describe(v))

match 5:
    case _:
        print("wildcard")
print(_ if "_" in dir() else "no _ bound")

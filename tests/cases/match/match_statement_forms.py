# subject forms: tuples without parens, star subjects
a, b = 1, 2
match a, b:
    case (1, 2):
        print("tuple subject")
match *[1, 2], 3:
    case [1, 2, 3]:
        print("starred subject")

# match inside loops with break/continue
for i in range(6):
    match i % 3:
        case 0:
            continue
        case 1:
            print("one at", i)
        case _:
            if i > 4:
                break
            print("two at", i)

# capture names bound after a failed partial match stay per CPython semantics
match [1, 2]:
    case [x, 3]:
        pass
    case [x, y]:
        print("x, y", x, y)

# matching strings are not sequences
match "ab":
    case [a, b]:
        print("sequence")
    case str():
        print("string not sequence")

# nested function with match returns
def classify(cmd):
    match cmd.split():
        case ["go", direction]:
            return "move " + direction
        case ["go", *_]:
            return "bad go"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [verb, *objs]:
            return f"{verb} on {objs}"
for c in ("go north", "go", "go a b", "quit", "exit", "", "take lamp key"):
    print(repr(c), classify(c))

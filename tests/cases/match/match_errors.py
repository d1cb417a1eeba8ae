src_cases = [
    "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case a | 1:\n        pass\n",
    "match x:\n    case {**r, 'k': 1}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case 1 | a:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 2:\n        pass\n",
]
for src in src_cases:
    try:
        compile(src, "<m>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)

# match and case are soft keywords
match = 1
case = 2
print(match, case)
def match(x):
    return x * 2
print(match(3))

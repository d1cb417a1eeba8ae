for src in ['f"{}"', 'f"{x!z}"', 'f"{"', 'f"}"', 'f"{x:{y:{z}}}"', 'f"{a b}"', "f'{lambda x: 1}'"]:
    try:
        compile(src, "<f>", "eval")
        print("compiled", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

for spec in ("d", "s", "x"):
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print("ValueError:", e)
try:
    f"{'s':d}"
except ValueError as e:
    print(e)
try:
    f"{5:s}"
except ValueError as e:
    print(e)
try:
    format(5, "invalid spec")
except ValueError as e:
    print(e)

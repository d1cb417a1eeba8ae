name = input()
print("hello", name)
n = int(input("number? "))
print(n * 2)
rest = input()
print(repr(rest))
try:
    input()
except EOFError as e:
    print("EOFError", repr(str(e)))

# Line endings: CRLF and lone CR inside literals read as \n.
x = 1
s = """a
bc"""
print(repr(s))
if x:
    print("crlf block")
print(repr("""
"""))

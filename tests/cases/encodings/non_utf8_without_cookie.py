# No cookie, and a latin-1 byte on line 3.
x = 1
print("café")

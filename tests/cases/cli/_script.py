import sys
print(sys.argv, sys.path[0].endswith("cli"))

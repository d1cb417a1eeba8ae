import sys
print("running as", __name__, sys.argv[1:], sys.argv[0].endswith("_climod.py"))

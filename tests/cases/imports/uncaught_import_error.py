import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/modules")
print("before")
import broken_mod

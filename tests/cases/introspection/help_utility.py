# The interactive help utility, fed from stdin.
import sys

sys.path.insert(0, "modules")
help()

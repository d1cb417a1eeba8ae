import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/modules")
import circ.a
print(circ.a.A_VALUE, circ.b.B_VALUE)

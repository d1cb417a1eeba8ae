print("a: start")
import circ.b
A_VALUE = "a"
print("a: end, b.B_VALUE =", circ.b.B_VALUE)

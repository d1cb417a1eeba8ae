print("b: start")
import circ.a
print("b: sees a partially:", hasattr(circ.a, "A_VALUE"))
B_VALUE = "b"

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = Noisy("a")
b = Noisy("b")
print("rebinding a")
a = None
print("deleting b")
del b
def scope():
    c = Noisy("c")
    print("leaving scope")
scope()
print("after scope")
lst = [Noisy("l1"), Noisy("l2")]
lst.pop()
print("popped")
lst.clear()
print("cleared")
d = {"k": Noisy("dict value")}
d["k"] = 1
print("replaced")
t = (Noisy("in tuple"),)
del t
x = Noisy("temp")
x = Noisy("temp2")
print("end of program")

import sys, warnings
def who():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name
class K:
    def __init__(self):
        self.caller = who()
        self.depth2 = sys._getframe(2).f_code.co_name
def outer():
    return K()
k = outer()
print(k.caller, k.depth2)
def chain():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
class M:
    def __init__(self): self.names = chain()
def a(): return M()
def b(): return a()
print(b().names)
print(exec("import sys\nprint(sys._getframe(1).f_code.co_name)") )
class W:
    def __init__(self):
        warnings.warn("from init", UserWarning, stacklevel=3)
def make(): return W()
make()
try:
    sys._getframe(50)
except ValueError as e: print("ValueError", e)

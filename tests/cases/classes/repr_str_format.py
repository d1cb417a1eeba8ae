class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"P({self.x!r})"
    def __str__(self): return f"<{self.x}>"
    def __format__(self, spec):
        return "P:" + spec if spec else str(self)
p = P("a")
print(p, repr(p), str(p), f"{p}", f"{p!r}", f"{p:xyz}", format(p, "q"), [p], (p,), {p: p})
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class Plain: pass
r = repr(Plain())
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"))
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
print(repr(Plain) , repr(int), repr(len), repr(print))

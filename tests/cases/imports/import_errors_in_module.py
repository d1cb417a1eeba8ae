import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/modules")
try:
    import broken_mod
except RuntimeError as e:
    print("RuntimeError:", e)
print("broken_mod" in sys.modules)
try:
    import syntax_broken
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset, e.filename.endswith("syntax_broken.py"))
try:
    __import__("no_such_module_x")
except ImportError as e:
    print(type(e).__name__, e.name)
m = __import__("simple_mod")
print(m.VALUE)
p = __import__("pkg.sub", fromlist=["SUB_CONST"])
print(p.__name__, p.SUB_CONST)
top = __import__("pkg.sub")
print(top.__name__)

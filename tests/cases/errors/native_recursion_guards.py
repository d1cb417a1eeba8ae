# Calls that used to recurse in native code without end: a built-in
# number's three-argument __pow__, and an instance whose class's __call__
# is itself such an instance.
for args in [(1.0, 2, 3), (2, 2.0, 3), (1j, 2, 3)]:
    try:
        pow(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(pow(3, 4, 5), (3).__pow__(4, 5), (1.5).__pow__(2, None), (1.5).__pow__(2, 3) if False else "")


class A:
    pass


A.__call__ = A()
try:
    A()()
except RecursionError as e:
    print("RecursionError", e)
import collections
c = collections.Counter()
collections._count_elements(c, "abracadabra")
print(c.most_common(2))
import py_compile, tempfile, os
d = tempfile.mkdtemp()
bad = os.path.join(d, "bad.py")
with open(bad, "w") as f:
    f.write("x = (\n")
try:
    py_compile.compile(bad, doraise=True)
except py_compile.PyCompileError as e:
    print(type(e.exc_value).__name__, e.exc_type_name)
os.remove(bad)
os.rmdir(d)

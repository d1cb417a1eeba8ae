# inspect: source blocks (BlockFinder/getblock), comments, frame info and stacks.
import inspect, sys

# A comment
# about f
@staticmethod
def deco(x): return x

def f(a, b=1, *args, c, d=2, **kw):
    """Doc."""
    # inside
    x = [1,
         2]
    if a:
        return x
    return None
    # trailing comment

class K:
    # method comment
    def m(self):
        pass

    class Inner:
        y = 1

g = lambda q: q + 1

print(inspect.getsource(f))
print(inspect.getsourcelines(K.m)[1], inspect.getsource(K.Inner))
print(inspect.getsource(K))
print(repr(inspect.getsource(g)))
print(repr(inspect.getcomments(f)), repr(inspect.getcomments(K.m)))
fr = inspect.currentframe()
info = inspect.getframeinfo(inspect.currentframe(), 3)
print(info.lineno, info.function, info.code_context, info.index)
def h():
    return inspect.stack(0)[0][1:4]
print(h()[1:], len(inspect.stack()) >= 1)
try:
    f(1, c=2) / 0
except TypeError:
    t = inspect.trace()
    print([(x.function, x.lineno) for x in t])
print(inspect.getmodule(fr) is sys.modules['__main__'], inspect.getblock(["def z():\n", "  return 1\n", "x = 2\n"]))
print(inspect.getabsfile(f) == __file__)

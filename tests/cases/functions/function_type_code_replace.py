# types.FunctionType from a code object, code.replace, WeakSet's set API.
import types
import weakref


def f(a, b=2):
    return a + b


g = types.FunctionType(f.__code__, {}, "g", (5,))
print(g(1), g.__name__, g.__defaults__)
c = f.__code__.replace(co_name="h", co_firstlineno=99)
print(c.co_name, c.co_firstlineno, types.FunctionType(c, globals())(1, 1))
for bad in [lambda: types.FunctionType(1, {}), lambda: types.FunctionType(f.__code__, 1),
            lambda: types.FunctionType(f.__code__, {}, 3), lambda: f.__code__.replace(bogus=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


def outer():
    x = 1

    def inner():
        return x
    return inner


try:
    types.FunctionType(outer().__code__, {})
except TypeError as e:
    print("TypeError", e)


class O:
    pass


o1, o2, o3 = O(), O(), O()
ws = weakref.WeakSet([o1, o2])
cp = ws.copy()
print(len(cp), o1 in cp, len(ws | weakref.WeakSet([o3])), len(ws - weakref.WeakSet([o1])), ws == cp)
cp.clear()
print(len(cp), ws.issuperset([o1]), ws.isdisjoint([o3]), len(ws & weakref.WeakSet([o2, o3])))
del o2
print(len(ws))

# reprlib: limited reprs and recursive_repr; containers that hold themselves.
from collections import deque, defaultdict, Counter, ChainMap, UserList, UserDict, OrderedDict
d = deque(); d.append(d); print(d)
dd = defaultdict(list); dd[1] = dd; print(dd)
c = Counter(); c['x'] = 1; print(c)
m = {}; cm = ChainMap(m); m['c'] = cm; print(cm)
ul = UserList(); ul.append(ul); print(ul)
ud = UserDict(); ud['u'] = ud; print(ud)
import reprlib
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}), reprlib.repr(10**100), reprlib.repr(set(range(20))), reprlib.repr([[[[[[[[1]]]]]]]]))
r = reprlib.Repr(); r.maxlist = 2; print(r.repr([1, 2, 3]), r.repr((1,)), r.repr(frozenset()), r.repr(deque([1,2,3,4,5,6,7,8])))
class A:
    @reprlib.recursive_repr("<loop>")
    def __repr__(self): return f"A({self.x!r})"
a = A(); a.x = [a]; print(a, A.__repr__.__name__)

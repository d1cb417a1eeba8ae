# collections.deque: both ends, maxlen, rotation, indexing, errors, mutation during
# iteration, comparisons, subclasses, copy and pickle, recursion in repr.
from collections import deque
import copy, pickle
d=deque([1,2])
for f in (lambda: d.remove(5), lambda: d.index(5), lambda: d[1:2], lambda: deque([1],maxlen=1).insert(0,2), lambda: deque().pop(), lambda: deque().popleft(), lambda: d['a'], lambda: d[5], lambda: deque(maxlen=-1), lambda: deque(maxlen='x'), lambda: d+[1], lambda: hash(d)):
    try: f()
    except Exception as e: print(type(e).__name__, e)
it=iter(d); d.append(3)
try: next(it)
except Exception as e: print(type(e).__name__, e)
print(d.__reduce__()[:3], deque([1],maxlen=3).__reduce__()[:3], repr(deque([1],maxlen=3)), type(iter(d)), type(reversed(d)))
d = deque(range(5), maxlen=4); print(d, d.maxlen); d.appendleft(9); print(d); d.extend([7,8]); print(d); d.extendleft('ab'); print(d)
d.rotate(1); print(d); d.rotate(-3); print(d); d.reverse(); print(d, len(d), 'a' in d, d.count('a'), d.index('a'))
e = deque([1,2,3]); e[1] = 5; del e[0]; print(e, e[-1], list(reversed(e)), e == deque([5,3]), e < deque([6]), e != [5,3])
print(e + deque([0]), e * 2, 2 * e); e += [4]; print(e); e *= 2; print(e)
class Sub(deque):
    pass
s = Sub([1, 2], maxlen=5); print(s, type(s.copy()).__name__, copy.copy(s), pickle.loads(pickle.dumps(s)), s.maxlen)
r = deque(); r.append(r); print(r)
print(deque[int], isinstance(d, deque), deque.__module__, deque.__name__)
x = deque([1,2,3]); x.clear(); print(x, bool(x), bool(deque([0])))
print(deque('abc'), deque(), deque([], 0), deque([1,2,3], 0))
z = deque([1,2]); z.extend(z); print(z); z.insert(1, 'i'); z.insert(-1, 'j'); z.insert(100, 'k'); print(z)
print(copy.deepcopy(deque([[1]], maxlen=2)))
import weakref; w = weakref.ref(z); print(w() is z)

# collections.abc: the one-trick ponies, registered built-ins, and the
# mixin methods of Sequence, MutableMapping and Set subclasses.
from collections.abc import *
import collections.abc as cabc
print([issubclass(t, Sequence) for t in (list, tuple, str, bytes, range, dict, set)])
print([isinstance(x, Mapping) for x in ({}, [], type.__dict__)], issubclass(dict, MutableMapping))
print(isinstance([], Hashable), isinstance((), Hashable), isinstance(iter([]), Iterator), isinstance([], Iterable))
print(isinstance(len, Callable), issubclass(set, MutableSet), issubclass(frozenset, MutableSet), isinstance({}.keys(), Set))
g = (i for i in range(3)); print(isinstance(g, Generator), isinstance(g, Iterator), isinstance(3, Sized))
class Bag(Sequence):
    def __init__(self, *items): self.items = list(items)
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
b = Bag(3, 1, 3)
print(list(b), 3 in b, b.index(1), b.count(3), list(reversed(b)), isinstance(b, Reversible))
class D(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
d = D(); d.update(a=1, b=2); d.setdefault("c", 3)
print(dict(d), d.pop("a"), list(d.keys()), list(d.items()), d == {"b": 2, "c": 3}, d.get("zz", 0), "b" in d)
print(d.keys() & {"b"}, sorted(d.keys() | {"q"}))
try:
    Sequence()
except TypeError as e:
    print(e)
class S(Set):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
print(sorted(S([1, 2]) | S([3])), S([1]) <= S([1, 2]), S([1, 2]) == S([2, 1]), sorted(S([1, 2, 3]) - S([2])))
print(Iterable[int], Callable.__module__, cabc.__name__, MutableSequence.__abstractmethods__)
class H:
    __hash__ = None
print(isinstance(H(), Hashable), issubclass(list, Container), issubclass(int, Container))

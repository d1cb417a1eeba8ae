import collections, collections.abc, contextlib, os, re, typing, queue, functools, itertools, types, weakref, dataclasses, enum
from typing import get_origin, get_args, TypeVar
T = TypeVar("T")
tests = [
    "type[int]", "list[int]", "dict[str, int]", "tuple[int, ...]", "set[str]", "frozenset[int]",
    "collections.deque[int]", "collections.defaultdict[str, int]", "collections.OrderedDict[str, int]",
    "collections.Counter[str]", "collections.ChainMap[str, int]", "os.PathLike[str]",
    "contextlib.AbstractContextManager[int]", "contextlib.AbstractAsyncContextManager[int]",
    "re.Pattern[str]", "re.Match[bytes]", "queue.Queue[int]", "functools.partial[int]",
    "enumerate[int]", "str | int", "str | T", "int | None", "list[int] | None",
]
for name in dir(collections.abc):
    obj = getattr(collections.abc, name)
    if isinstance(obj, type) and name[0].isupper() and name not in ("Hashable", "Sized", "Sized", "Container", "Iterable", "Callable") :
        pass
for t in tests:
    try:
        v = eval(t)
        print(t, "->", repr(v), get_origin(v), get_args(v))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
for name in sorted(collections.abc.__all__):
    obj = getattr(collections.abc, name)
    try:
        v = obj[int]
        print(name, repr(v), get_origin(v), get_args(v))
    except Exception as e:
        print(name, "!!", type(e).__name__, e)
class D(dict[str, int]): pass
print(D.__mro__, D.__orig_bases__)
class L(list[int]): pass
print(L.__mro__, L.__orig_bases__)
print(collections.abc.Callable[[int, str], bool], get_args(collections.abc.Callable[[int, str], bool]))
print(isinstance([], list[int].__origin__), list[int] == list[int], list[int](range(3)))

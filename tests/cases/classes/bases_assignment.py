# Assigning a class's __bases__: the MRO of the class and its subclasses
# follows; CPython's errors for bad values (typing's generic NamedTuple
# relies on it).
class A: x = 1
class B: x = 2
class C(A): pass
class D(C): pass
print(D.x, D.__mro__[1:3])
C.__bases__ = (B,)
print(D.x, [k.__name__ for k in D.__mro__], C.__bases__, A.__subclasses__(), B.__subclasses__())
for bad in [[B], (), (1,), (D,)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print(e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(e)
from typing import NamedTuple, Generic, TypeVar
T = TypeVar('T')
class P(NamedTuple, Generic[T]):
    a: T
print(P(1), P[int], P.__mro__)
class G(BaseExceptionGroup[ValueError]): pass
print(ExceptionGroup[int], G.__mro__[1].__name__)

# Substituting type variables in a types.GenericAlias (PEP 585 aliases with
# TypeVars): alias[args], nested aliases, wrong counts, non-generic aliases.
from typing import TypeVar, List
import collections
T = TypeVar('T'); U = TypeVar('U')
A = dict[T, None]
print(A[int], A.__parameters__)
B = list[tuple[T, U]]
print(B[str, int], B.__parameters__)
print(collections.defaultdict[str, A[int]])
C = dict[str, list[T]]
print(C[float])
try: A[int, str]
except TypeError as e: print(e)
try: list[int][str]
except TypeError as e: print(e)
print(list[List[T]][int])

# typing: the names scripts use in annotations, with CPython's reprs.
from typing import (Any, Callable, Dict, Generic, Iterable, List, Literal, NamedTuple, Optional,
                    Protocol, Tuple, TypedDict, TypeVar, Union, cast, get_args, get_origin,
                    get_type_hints, overload)
import typing

T = TypeVar("T")
print(repr(List[int]), repr(Optional[str]), repr(Union[int, str]), repr(Dict[str, List[int]]))
print(repr(Callable[[int], str]), repr(Any), repr(Tuple[int, ...]), repr(T), repr(List[T]))
print(repr(Optional[List[int]]), repr(typing.List), repr(Iterable[int]), repr(Literal["a", 1]))
print(Union[int, None] == Optional[int], Union[int, int], get_origin(List[int]), get_args(Dict[str, int]), cast(int, "x"))


def greet(name: str, times: Optional[int] = None) -> List[str]:
    return [name] * (times or 1)


print(greet("hi", 2), greet.__annotations__["return"], get_type_hints(greet))


class Employee(NamedTuple):
    name: str
    dept: str = "eng"


e = Employee("ann")
print(e, e._fields, e._replace(dept="ops"), isinstance(e, tuple))


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, Movie.__annotations__)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)


s = Stack()
s.push(1)
print(s.items, repr(Stack[int]))


class Closer(Protocol):
    def close(self) -> None: ...


print(issubclass(Stack, Generic))

import collections.abc, sys
import typing
from typing import *
T = TypeVar("T"); S = TypeVar("S", int, str); B = TypeVar("B", bound=float); Co = TypeVar("Co", covariant=True)
P = ParamSpec("P"); Ts = TypeVarTuple("Ts")
forms = [List, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, str, None],
         Optional[Union[int, str]], Union[int], Callable[[int, str], bool], Callable[..., int], Callable[[], None],
         Tuple[int, ...], Tuple[int, str], Tuple[()], Literal[1, "a", True], ClassVar[int], Final[str],
         Annotated[int, "meta", 3], Type[int], Set[T], FrozenSet[int], Deque[int], DefaultDict[str, int],
         Counter[str], ChainMap[str, int], OrderedDict[str, int], Iterable[T], Iterator[int], Generator[int, None, str],
         AsyncGenerator[int, None], Awaitable[int], Coroutine[int, int, int], Mapping[str, T], Sequence[int],
         MutableMapping[str, int], AbstractSet[int], ContextManager[int], AsyncContextManager[int], Pattern[str],
         Match[bytes], Hashable, Sized, Any, NoReturn, Never, Self, LiteralString, TypeAlias, T, S, B, Co, P,
         P.args, P.kwargs, Ts, Unpack[Ts], Concatenate[int, P], TypeGuard[int], Required[int], NotRequired[str],
         List["Foo"], ForwardRef("Bar"), Text, AnyStr, int | None, list[int], SupportsInt, SupportsAbs[int], IO[str],
         TextIO, BinaryIO, Generic[T], Protocol[T], Callable[P, int], Callable[Concatenate[int, P], int]]
for f in forms:
    print(repr(f), "|", get_origin(f), "|", get_args(f), "|", getattr(f, "__parameters__", None))
print(Dict[T, S][str, int], List[T][int], Callable[[T], S][int, str], Tuple[T, ...][int], Union[T, int][str])
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], Literal[1, 2] == Literal[2, 1])
print(Union[Union[int, str], float], Union[int, int], Union[int | str, None], Literal[Literal[1], 2])
print(isinstance(3, Union[int, str]), isinstance([], List), issubclass(list, Sequence), isinstance({}, Mapping))
print(hash(Union[int, str]) == hash(Union[str, int]), List[int] == List[int], List[int] != List[str])
for bad in [lambda: Union[()], lambda: isinstance(1, List[int]), lambda: isinstance(1, Any), lambda: List[int, str],
            lambda: Generic[int], lambda: Optional[int, str], lambda: ClassVar[int, str], lambda: Hashable[int],
            lambda: Callable[int], lambda: Union[1], lambda: List[int](), lambda: Literal(), lambda: Any()]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
b = Box[int](3)
print(Box, Box[int], Box.__parameters__, b.__orig_class__, b.item, Box.__mro__, Box[int].__origin__)
class Pair(Generic[T, S]): pass
print(Pair[int, str], Pair.__parameters__)
class IntBox(Box[int]): pass
print(IntBox.__mro__, IntBox.__orig_bases__, IntBox.__parameters__)
class MyList(List[T]): pass
print(MyList.__mro__, MyList[int], MyList.__parameters__)
class MyDict(Dict[str, int]): pass
print(MyDict.__mro__, MyDict(a=1))
try:
    class Bad(Generic[T], Generic[S]): pass
except TypeError as e: print("TypeError:", e)
try:
    class Bad2(Box[T], Generic[S]): pass
except TypeError as e: print("TypeError:", e)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
class NotProto(Protocol):
    x: int
print(isinstance(F(), Closable), isinstance(3, Closable), issubclass(F, Closable), isinstance(3, SupportsInt), isinstance("s", SupportsInt))
try: isinstance(F(), NotProto)
except TypeError as e: print("TypeError:", e)
try: Closable()
except TypeError as e: print("TypeError:", e)
class Impl(Closable):
    def close(self): return "closed"
print(Impl().close(), isinstance(Impl(), Closable))
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return abs(self.x) + abs(self.y)
    @property
    def __version__(self): return "v"
print(Point(1), Point(1, 2).norm(), Point._fields, Point.__annotations__, Point(3).__version__, Point._field_defaults)
NT = NamedTuple("NT", [("a", int), ("b", str)])
print(NT(1, "x"), NT.__annotations__)
class Movie(TypedDict):
    title: str
    year: NotRequired[int]
class Movie2(Movie, total=False):
    rating: float
print(Movie(title="x"), Movie.__required_keys__, Movie.__optional_keys__, sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__), Movie2.__total__, is_typeddict(Movie), is_typeddict(dict))
TD = TypedDict("TD", {"a": int, "b": str}, total=False)
print(TD(a=1), TD.__optional_keys__ == {"a", "b"}, TD.__annotations__)
try: isinstance({}, Movie)
except TypeError as e: print("TypeError:", e)
UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, UserId | None)
try:
    class Sub(UserId): pass
except TypeError as e: print("TypeError:", e)
def f(a: "int", b: List["str"], c: Optional["Point"] = None) -> "Annotated[int, 1]": pass
print(get_type_hints(f), get_type_hints(f, include_extras=True))
class C:
    a: int
    b: "List[C]"
    c: ClassVar[int] = 3
print(get_type_hints(C))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(len(get_overloads(g)), g(1))
try: assert_never(3)
except AssertionError as e: print("AssertionError:", e)
print(assert_type(3, int), cast(int, "x"))
@final
class Fin: pass
print(Fin.__final__)
@dataclass_transform(kw_only_default=True)
def deco(cls): return cls
print(deco.__dataclass_transform__)
print(ForwardRef("x") == ForwardRef("x"), repr(ForwardRef("x", module="m")), list(Ts), [*Ts])
def h(*args: *Ts): pass
print(h.__annotations__)
print(typing.Optional.__name__ if hasattr(typing.Optional, "__name__") else None, typing.List.__name__, typing.Callable.__name__)
print(Box[int].__name__ if hasattr(Box[int], '__name__') else None, List[int].__name__)
print(get_args(Callable[[int], str]), get_args(Callable[..., str]), get_origin(Callable[[int], str]))

print(Literal[1] | None, Union[int, str] | float, int | List[int])

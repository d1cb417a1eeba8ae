# enum's 3.11 API beyond the basics: verify/EnumCheck, member/nonmember,
# global_enum, show_flag_values, enum.property, _convert_ and the helpers
# CPython's own tests use (_old_convert_, _test_simple_enum).
import enum
from enum import verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, Enum, Flag, IntFlag, member, nonmember, global_enum, show_flag_values
for checks, base, body in [((UNIQUE,), Enum, dict(A=1,B=1,C=2,D=2)), ((CONTINUOUS,), Enum, dict(A=1,B=2,C=5)), ((CONTINUOUS,), Flag, dict(A=1,B=2,C=8)), ((NAMED_FLAGS,), Flag, dict(A=1,B=2,C=7)), ((UNIQUE,), Enum, dict(A=1,B=2))]:
    try:
        E = verify(*checks)(base('E', body))
        print('ok', list(E))
    except ValueError as e:
        print('ValueError:', e)
class C(Enum):
    A = 1
    f = member(lambda x: x)
    B = nonmember(3)
print(len(list(C)), C.B, C.f, C.A)
print(show_flag_values(13), repr(enum.EnumCheck.UNIQUE), str(enum.UNIQUE))
import types
print(issubclass(enum.property, types.DynamicClassAttribute))
@global_enum
class G(IntFlag):
    X = 1
    Y = 2
print(repr(G.X), str(G.X), repr(G(0)))
@global_enum
class H(Enum):
    P = 1
print(repr(H.P), str(H.P), P)
import sys
mod = type(sys)("fakemod"); mod.K_ONE = 1; mod.K_TWO = 2; mod.OTHER = 5; sys.modules["fakemod"] = mod
K = enum.IntEnum._convert_("K", "fakemod", lambda n: n.startswith("K_"))
print(list(K), mod.K_ONE, mod.K is K)
O = enum._old_convert_(enum.IntEnum, "K", "fakemod", lambda n: n.startswith("K_"))
enum._test_simple_enum(O, K)
print("same")

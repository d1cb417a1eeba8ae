# Python code run by a built-in (any() driving a generator, a key= function
# of sorted(), __len__ called by len(), a generator resumed by a for loop)
# sees its callers through sys._getframe and f_back, as in CPython.
import sys
import traceback


def names():
    f = sys._getframe(1)
    out = []
    while f is not None:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out


def through_any():
    return any(print("any", names()) for x in [1])


def through_key():
    return sorted([2, 1], key=lambda x: (print("key", names()), x)[1])


class Sized:
    def __len__(self):
        print("len", names())
        return 3


def through_len():
    return len(Sized())


def gen():
    yield names()


def through_for():
    return [x for x in gen()]


def through_walk():
    return [f.f_code.co_name for f, line in traceback.walk_stack(None)]


through_any()
print(through_key())
print(through_len())
print("for", through_for())
print("walk", through_walk())
print("map", list(map(lambda x: names(), [0])))

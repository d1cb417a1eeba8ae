import collections.abc


class Seq(collections.abc.Sequence):
    """Indexes forever: only what a pattern needs may be read."""

    def __init__(self):
        self.reads = []

    def __getitem__(self, i):
        self.reads.append(i)
        return i

    def __len__(self):
        return 42


s = Seq()
match s:
    case [x, *_, y]:
        print(x, y, s.reads)
s = Seq()
match s:
    case [_, _, a, *_, _, b]:
        print(a, b, s.reads)
match [1, 2, 3, 4]:
    case [1, *rest, 4]:
        print(rest)
match (1, 2):
    case [a, *_, b, c]:
        print("no")
    case [*_]:
        print("any sequence")
match "ab":
    case [*_]:
        print("str is not a sequence pattern")
    case _:
        print("str skipped")

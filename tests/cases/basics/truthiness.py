values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, 0j, 1j, range(0), range(1), b"", b"x"]
print([bool(v) for v in values])
class Empty:
    def __len__(self):
        return 0
class Full:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Empty()), bool(Full()), bool(object()))

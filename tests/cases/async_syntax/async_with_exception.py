# `async with` whose body raises: __aexit__ is awaited with the exception,
# and its (awaited) result decides whether the exception is suppressed.
class CM:
    def __init__(self, suppress):
        self.suppress = suppress

    async def __aenter__(self):
        return self

    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None, ev)
        return self.suppress


async def main():
    try:
        async with CM(False):
            raise RuntimeError("not suppressed")
    except RuntimeError as e:
        print("caught", e)
    async with CM(True):
        raise KeyError("suppressed")
    async with CM(0):
        pass
    print("end")


c = main()
try:
    c.send(None)
except StopIteration:
    print("done")

import contextlib
class C:
    def __enter__(self): pass
    def __exit__(self, *a): pass
class A:
    async def __aenter__(self): pass
    async def __aexit__(self, *a): pass
print(issubclass(C, contextlib.AbstractContextManager), issubclass(int, contextlib.AbstractContextManager))
print(issubclass(A, contextlib.AbstractAsyncContextManager), issubclass(C, contextlib.AbstractAsyncContextManager))
print(isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager), isinstance(open(__file__), contextlib.AbstractContextManager))
with contextlib.ExitStack() as st:
    print(type(st).__name__)

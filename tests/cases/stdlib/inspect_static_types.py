import inspect
class A:
    x = 1
    @property
    def p(self): raise RuntimeError("ran")
    def __getattr__(self, name): raise RuntimeError("ran getattr")
    def m(self): pass
class B(A):
    __slots__ = ()
a = A(); a.y = 2
print(inspect.getattr_static(a, "x"), inspect.getattr_static(a, "y"), type(inspect.getattr_static(a, "p")).__name__)
print(type(inspect.getattr_static(A, "m")).__name__, inspect.getattr_static(a, "zz", "dflt"))
print(inspect.getattr_static(A, "__name__", None), inspect.getattr_static(int, "real").__class__.__name__)
try: inspect.getattr_static(a, "missing")
except AttributeError as e: print("AttributeError", e)
print(type(inspect.getattr_static(B(), "p")).__name__, inspect.getattr_static(3, "bit_length").__class__.__name__)
import types
print([n for n in dir(types) if not n.startswith('_')])
print(isinstance(type.__dict__["__dict__"], types.GetSetDescriptorType), isinstance(str.join, types.MethodDescriptorType))
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"prepared": True}
C = types.new_class("C", (list[int],), {"metaclass": Meta}, lambda ns: ns.update(x=1))
print(C.__name__, C.__mro__, C.prepared, C.x, C.__orig_bases__, type(C).__name__)
print(types.resolve_bases((int, list[str])), types.prepare_class("D", (int,))[0])
@types.coroutine
def gen():
    yield 1
async def main():
    return await gen()
co = main()
print(co.send(None))
try:
    types.new_class("E", (int, Meta("M", (), {})))
except TypeError as e:
    print("TypeError", e)

# inspect: predicates, getmembers, getdoc/cleandoc, getsource of
# functions, classes and lambdas, signature (functions, methods, classes,
# builtins, partials, wrapped functions) and bind.
import functools
import inspect
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "modules"))
import inspect_target as t  # noqa: E402


def gen():
    yield 1


async def coro():
    pass


print([f(t.area) for f in (inspect.isfunction, inspect.ismethod, inspect.isroutine, inspect.isclass,
                           inspect.isbuiltin, inspect.isgeneratorfunction)])
print(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(coro), inspect.isgenerator(gen()),
      inspect.ismodule(t), inspect.isclass(t.Shape), inspect.ismethod(t.Shape("a").describe), inspect.isbuiltin(len),
      inspect.isroutine(len), inspect.isabstract(t.Shape), inspect.ismethoddescriptor(str.join))
print([name for name, _ in inspect.getmembers(t.Shape) if not name.startswith("__")],
      [name for name, _ in inspect.getmembers(t, inspect.isfunction)])
print(repr(inspect.getdoc(t.area)), inspect.getdoc(t.Shape), repr(inspect.cleandoc("  a\n    b\n  c\n")))
print(inspect.getsource(t.area), end="")
print(inspect.getsource(t.Shape), end="")
print(inspect.getsource(t.Shape.describe), end="")
print(inspect.getsource(t.square), end="")
print(inspect.getsourcelines(t.Shape.__init__)[1], os.path.basename(inspect.getfile(t.area)), inspect.getmodule(t.area) is t)
for obj in (t.area, t.Shape, t.Shape.__init__, t.Shape("x").describe, gen, lambda a, *b, c=3, **d: 0, len, divmod,
            sorted, str.join, "x".join, dict.fromkeys, functools.partial(t.area, 3), functools.partial(t.area, unit="cm"),
            functools.wraps(t.area)(lambda *a, **k: None), int, object):
    try:
        print(inspect.signature(obj))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sig = inspect.signature(t.area)
print(sig.parameters["unit"], sig.parameters["unit"].kind, repr(sig.parameters["width"]), sig.return_annotation,
      sig.parameters["height"].default, sig.parameters["width"].default is inspect.Parameter.empty)
ba = sig.bind(1.5, unit="cm")
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"bogus": 2}), ((1,), {"width": 2})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
print(sig.bind_partial(unit="x"), inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY)]))
print(inspect.unwrap(functools.wraps(t.area)(lambda: 0)) is t.area, inspect.currentframe().f_code.co_name)

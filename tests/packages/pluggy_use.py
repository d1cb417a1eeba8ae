import pluggy
hookspec = pluggy.HookspecMarker("demo")
hookimpl = pluggy.HookimplMarker("demo")
class Spec:
    @hookspec
    def compute(self, x): ...
class A:
    @hookimpl
    def compute(self, x): return x + 1
class B:
    @hookimpl
    def compute(self, x): return x * 10
pm = pluggy.PluginManager("demo")
pm.add_hookspecs(Spec); pm.register(A()); pm.register(B())
print(pm.hook.compute(x=3))

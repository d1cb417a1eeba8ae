# inspect: argument specs, getcallargs, class attributes, generator states,
# closure variables, annotations, class trees.
import inspect
def f(a, b=1, *args, c, d=2, **kw) -> int: pass
print(inspect.getfullargspec(f))
print(inspect.getcallargs(f, 1, 2, 3, c=4, z=5))
for call in [lambda: inspect.getcallargs(f), lambda: inspect.getcallargs(f, 1), lambda: inspect.getcallargs(f, 1, c=1, a=2)]:
    try: call()
    except TypeError as e: print(e)
class K:
    def m(self, x): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
    @property
    def p(self): return 1
    data = 3
print(sorted(inspect.getcallargs(K().m, 5)))
print([(a.name, a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(K) if not a.name.startswith('__')])
def gen():
    yield 1
g = gen(); print(inspect.getgeneratorstate(g)); next(g); print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g)); g.close(); print(inspect.getgeneratorstate(g))
x = 10
def outer():
    y = 2
    def inner(): return x + y + len([])
    return inner
print(inspect.getclosurevars(outer()))
print(inspect.get_annotations(f), inspect.getargs(f.__code__))
class A: pass
class B(A): pass
print(inspect.getclasstree([A, B]))
def fr():
    a = 1
    return inspect.getargvalues(inspect.currentframe())
av = fr(); print(av.args, av.varargs, av.keywords, sorted(av.locals))
print(inspect.formatargvalues(['a'], None, None, {'a': 1}))
print(inspect.isgetsetdescriptor(type.__dict__['__name__']) , inspect.ismemberdescriptor(1))

# Frame locals: tb_frame.f_locals of function frames, sys._getframe().f_locals.
import sys
def f(a, b=2):
    c = a + b
    def inner(): return c
    raise ValueError(c)
try:
    f(1)
except ValueError as e:
    tb = e.__traceback__
    print(sorted(tb.tb_frame.f_locals), sorted(tb.tb_next.tb_frame.f_locals.items(), key=lambda kv: kv[0])[:3])
def g():
    x = 5
    return sys._getframe().f_locals, sys._getframe(0).f_back.f_locals is globals()
loc, same = g(); print(loc, same)
class C:
    y = 1
    print(sorted(k for k in sys._getframe().f_locals if not k.startswith('__')))

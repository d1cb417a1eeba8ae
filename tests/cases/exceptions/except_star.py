# except* (PEP 654): splitting groups, wrapping naked exceptions, what is
# re-raised and how, sys.exc_info in a clause, CPython's errors.
import sys
def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), getattr(e, 'exceptions', None), e.__context__ is not None)
    else:
        print('no exception')

def a():
    try: raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError: raise KeyError(2)
show(a)
def b():
    try: raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError: raise KeyError(2)
show(b)
def c():
    try: raise ValueError(5)
    except* ValueError as e: print('caught', repr(e), repr(sys.exc_info()[1]))
show(c)
def d():
    try: raise ValueError(5)
    except* TypeError: print('no')
show(d)
def e():
    try: raise ExceptionGroup("g", [ValueError(1), TypeError(2), ExceptionGroup("h", [ValueError(3), OSError(4)])])
    except* ValueError as v: print('V', repr(v))
    except* OSError as o: print('O', repr(o)); raise
show(e)
def f():
    try: raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup: pass
show(f)
def g():
    try: raise ExceptionGroup("g", [ValueError(1)])
    except* (TypeError, ValueError) as x: print('tuple', repr(x))
    else: print('else')
    finally: print('finally')
show(g)
def h():
    try: pass
    except* ValueError: pass
    else: print('else ran')
show(h)
def i():
    try: raise ValueError(1)
    except* ValueError: raise
show(i)
def j():
    try: raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
    except* ValueError as v: raise v.exceptions[0]
show(j)
def k():
    try: raise ValueError(1)
    except* ValueError: raise TypeError(2)
show(k)
def l():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* int:
        pass
show(l)
for src in ["try: pass\nexcept* ValueError: return", "for x in y:\n  try: pass\n  except* E: break", "try: pass\nexcept* E:\n  for x in y: break", "try: pass\nexcept*: pass", "try: pass\nexcept* E: pass\nexcept F: pass"]:
    try: compile(src, 's', 'exec'); print('ok')
    except SyntaxError as e: print('SE', e.msg, e.lineno, e.offset)

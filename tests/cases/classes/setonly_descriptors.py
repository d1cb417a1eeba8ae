# Descriptors with only __set__ or __delete__: the instance dict's value is
# read, the descriptor is the fallback; assigning a function's __code__.
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__['x'] = value * 2
class DelOnly:
    def __delete__(self, obj): print('del')
class C:
    x = SetOnly()
    y = DelOnly()
c = C()
print(type(c.x).__name__)
c.x = 5
for _ in range(3):
    print(c.x)
print(type(c.y).__name__)
c.__dict__['y'] = 7
print(c.y, C.x.__class__.__name__)
del c.y
def f(): return 1
def g(): return 2
f.__code__ = g.__code__
print(f(), f.__name__)
def mk(a):
    def inner(): return a
    return inner
try: f.__code__ = mk(1).__code__
except ValueError as e: print(e)
try: f.__code__ = 5
except TypeError as e: print(e)

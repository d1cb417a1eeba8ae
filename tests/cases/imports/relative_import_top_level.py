try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .. import x
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __spec__ is None)

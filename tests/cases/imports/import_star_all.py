import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/modules")
from with_all import *
print(exported, also)
try:
    not_exported
except NameError as e:
    print(e)
from simple_mod import *
print(VALUE, greet("star"))
try:
    _private
except NameError as e:
    print(e)
print(sorted(n for n in dir() if not n.startswith("__")))

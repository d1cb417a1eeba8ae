print("pkg/__init__ running")
from . import helpers
from .helpers import helper_func as hf
PKG_CONST = "pkg"

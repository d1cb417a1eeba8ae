from .. import PKG_CONST
from ..helpers import helper_func
SUB_CONST = PKG_CONST + ".sub"

from . import SUB_CONST
from .. import helpers
def where():
    return __name__, SUB_CONST, helpers.helper_func()

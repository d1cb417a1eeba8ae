"""_operator: the operator functions under their C module's name, with
_compare_digest (hmac.compare_digest)."""

from operator import *  # noqa: F401,F403
from operator import __all__  # noqa: F401
from secrets import compare_digest as _compare_digest  # noqa: F401

"""codecs: the codec functions scripts call (see _codecs)."""

from _codecs import *  # noqa: F401,F403
from _codecs import __all__, __getattr__  # noqa: F401

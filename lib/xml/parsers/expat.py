"""Interface to the Expat non-validating XML parser."""
import sys

from pyexpat import *  # noqa: F401,F403

# The submodules pyexpat provides, importable under this package too.
sys.modules["xml.parsers.expat.model"] = model  # noqa: F405
sys.modules["xml.parsers.expat.errors"] = errors  # noqa: F405

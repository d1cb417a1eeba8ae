"""The unicode-escape codec (its functions are written in Python, in _codecs)."""

import _codecs
import codecs

(Codec, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader,
 getregentry) = codecs._python_codec("unicode-escape", _codecs.unicode_escape_encode, _codecs.unicode_escape_decode)

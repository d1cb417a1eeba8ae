"""The raw-unicode-escape codec (its functions are written in Python, in _codecs)."""

import _codecs
import codecs

(Codec, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader,
 getregentry) = codecs._python_codec("raw-unicode-escape", _codecs.raw_unicode_escape_encode, _codecs.raw_unicode_escape_decode)

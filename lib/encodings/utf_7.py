"""The utf-7 codec (its functions are written in Python, in _codecs)."""

import _codecs
import codecs

(Codec, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader,
 getregentry) = codecs._python_codec("utf-7", _codecs.utf_7_encode, _codecs.utf_7_decode)

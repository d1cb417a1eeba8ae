# -*- coding: latin-1 -*-
# A latin-1 source: the cookie decides how its bytes read.
s = "café à la crème"
print(s, len(s), s.encode("utf-8"))

# A UTF-8 file with a byte order mark (and a matching cookie).
# coding: utf-8
print("naïve")

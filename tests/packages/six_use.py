import six
from six.moves import range as r, urllib_parse
print(list(r(3)), six.PY3, six.text_type, urllib_parse.quote("a b"))

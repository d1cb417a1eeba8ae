# fnmatch.translate: shell patterns as CPython 3.11's regular expressions.
import fnmatch
for p in ['a*b*c', '*', '**a', 'x[a-c-e]', '[!]', '[z-a]', 'a[&&]', '[^x]', '[[]', 'a\\b', '[a\\-b]', '[!a-]', '[a-]', '*.py', 'a?[!b-d]x[]]*', '[a', '[]', '[!]]', 'x*y*', '[a-z-0-9]', 'café*.txt']:
    print(repr(p), fnmatch.translate(p))
import re
print([bool(re.match(fnmatch.translate(p), s)) for p, s in [('a*b*c', 'axxbyyc'), ('[!a-]x', 'bx'), ('[z-a]', 'a'), ('*.py', 'x.pyc')]])

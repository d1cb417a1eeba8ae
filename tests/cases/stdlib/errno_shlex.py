# errno names and shlex splitting and quoting.
import errno
import os
import shlex

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.errorcode[2], errno.errorcode[errno.EPIPE], len(errno.errorcode) > 100)
try:
    os.remove("no_such_file_here")
except FileNotFoundError as e:
    print(e.errno == errno.ENOENT)
for s in ['a b  c', 'echo "hello world" x', "it is 'quoted text' here", r'back\ slash "q\"uote" \\x', 'a#b # comment', '"a"b\'c\'d', '']:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True))
for bad in ['"unterminated', "'open", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
print(shlex.quote(""), shlex.quote("simple"), shlex.quote("has space"), shlex.quote("it's"), shlex.join(["ls", "-l", "my file"]))

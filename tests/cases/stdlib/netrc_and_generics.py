# netrc files (machines, default, macros, quoted tokens, errors) and
# types.MappingProxyType subscripted as a generic.
import netrc
import os
import tempfile
import types

text = """machine host1.example login alice password "p a s s"
machine host2.example login bob account acct password secret  # comment
default login anonymous password guest
macdef init
cd /pub
binary

"""
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "netrc")
    with open(path, "w") as f:
        f.write(text)
    n = netrc.netrc(path)
    print(n.authenticators("host1.example"))
    print(n.authenticators("host2.example"))
    print(n.authenticators("elsewhere"))
    print(n.macros)
    with open(path, "w") as f:
        f.write("machine x login a bogus b\n")
    try:
        netrc.netrc(path)
    except netrc.NetrcParseError as e:
        print("NetrcParseError", e.msg, e.lineno)

print(types.MappingProxyType[str, int])

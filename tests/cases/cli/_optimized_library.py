# Run under -O by option_O_library.cli: library modules lose their asserts
# too (ferropy's precompiled library is compiled without -O, so under -O
# it must compile them again).
import base64
import sys

print("optimize", sys.flags.optimize)
try:
    base64.b64encode(b"x", altchars=b"abc")
except (AssertionError, ValueError) as e:
    print(type(e).__name__)
loader = base64.__spec__.loader
print(loader.get_code("base64") == compile(loader.get_source("base64"), base64.__file__, "exec"))
